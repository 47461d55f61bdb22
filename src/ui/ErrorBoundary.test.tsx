// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { AppError, PageError } from './ErrorPanel.tsx';
import { en, initTestI18n } from './i18n.testing.ts';

const downloads: { fileName: string; text: string }[] = [];
vi.mock('./download.ts', () => ({
  downloadText: (fileName: string, text: string) => downloads.push({ fileName, text }),
}));

const errors = en('errors');

beforeAll(async () => {
  await initTestI18n();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  downloads.length = 0;
});

const broken = { on: true };
function Page({ name }: { name: string }) {
  if (broken.on) throw new RangeError('Invalid time value');
  return <h1>{name}</h1>;
}

function pageIn(resetKey: string) {
  return (
    <>
      <header>the header</header>
      <ErrorBoundary resetKey={resetKey} fallback={(retry) => <PageError retry={retry} />}>
        <Page name={`page ${resetKey}`} />
      </ErrorBoundary>
    </>
  );
}

describe('the page error boundary', () => {
  it('shows an alert with a focused heading and ways back in place of a page that throws; the rest stays', () => {
    broken.on = true;
    render(pageIn('a'));
    expect(screen.getByText('the header')).toBeTruthy();
    const alert = screen.getByRole('alert');
    const heading = screen.getByRole('heading', { level: 1, name: errors.page.heading });
    expect(alert.contains(heading)).toBe(true);
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('link', { name: errors.page.library }).getAttribute('href')).toBe('#/');
    expect(screen.getByRole('link', { name: errors.page.assessments }).getAttribute('href')).toBe(
      '#/assessments',
    );
  });

  it('renders the page again on "try again", and on a new route', () => {
    broken.on = true;
    const { rerender } = render(pageIn('a'));
    broken.on = false;
    fireEvent.click(screen.getByRole('button', { name: errors.page.retry }));
    expect(screen.getByRole('heading', { name: 'page a' })).toBeTruthy();

    broken.on = true;
    rerender(pageIn('b'));
    expect(screen.getByRole('heading', { name: errors.page.heading })).toBeTruthy();
    broken.on = false;
    rerender(pageIn('b'));
    expect(screen.queryByRole('heading', { name: 'page b' })).toBeNull();
    rerender(pageIn('c'));
    expect(screen.getByRole('heading', { name: 'page c' })).toBeTruthy();
  });

  it('downloads every csa. key with its text exactly as stored, even text the app cannot read', () => {
    broken.on = true;
    const unreadable = '{"state": {"assessments": [broken';
    const stored = JSON.stringify({ state: { assessments: {} }, version: 2 });
    localStorage.setItem('csa.assessments', stored);
    localStorage.setItem('csa.assessments.backup.1', unreadable);
    localStorage.setItem('csa.language', 'fi');
    localStorage.setItem('someone.else', 'not ours');
    render(pageIn('a'));
    act(() => screen.getByRole('button', { name: errors.download }).click());
    expect(downloads).toHaveLength(1);
    const file = JSON.parse(downloads[0]?.text ?? '');
    expect(downloads[0]?.fileName).toMatch(/^self-assessment-data-\d{4}-\d\d-\d\d\.json$/);
    expect(file.keys).toEqual({
      'csa.assessments': stored,
      'csa.assessments.backup.1': unreadable,
      'csa.language': 'fi',
    });
  });
});

describe('the app error boundary', () => {
  it('shows the app name, an alert, the download and a reload instead of a blank page', () => {
    broken.on = true;
    localStorage.setItem('csa.assessments', 'kept');
    render(
      <ErrorBoundary fallback={() => <AppError />}>
        <Page name="app" />
      </ErrorBoundary>,
    );
    expect(screen.getByText(en('common').app.name)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: errors.app.heading }));
    expect(screen.getByRole('button', { name: errors.app.reload })).toBeTruthy();
    act(() => screen.getByRole('button', { name: errors.download }).click());
    expect(JSON.parse(downloads[0]?.text ?? '').keys).toEqual({ 'csa.assessments': 'kept' });
  });
});
