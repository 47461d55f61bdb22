// @vitest-environment jsdom
// A statement row: its note and "not applicable", against the app's store on a
// fake storage with spies; one behaviour per test.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Item } from '../../domain/framework/schema.ts';
import { FakeStorage } from '../../store/fakeStorage.testing.ts';
import { en, initTestI18n } from '../../ui/i18n.testing.ts';

// The app's store binds to globalThis.localStorage when its module loads: the fake goes first.
const storage = new FakeStorage();
vi.stubGlobal('localStorage', storage);
const { userDataStore, retrySaving } = await import('../../store/appStores.ts');
const { STORAGE_KEY } = await import('../../store/userData.ts');
const { StatementRow } = await import('./StatementRow.tsx');

const q = en('questionnaire');
const item: Item = { id: 'listen', text: { en: 'Listens well' } };
const scale = [
  { value: 0, label: { en: 'Not yet' } },
  { value: 1, label: { en: 'Sometimes' } },
  { value: 2, label: { en: 'Always' } },
];

let assessmentId = '';
const answer = () => userDataStore.getState().assessments[assessmentId]?.answers[item.id];

function row() {
  return (
    <ul>
      <StatementRow
        assessmentId={assessmentId}
        item={item}
        scale={scale}
        sourceLanguage="en"
        showOriginal={false}
      />
    </ul>
  );
}

beforeAll(initTestI18n);
beforeEach(() => {
  assessmentId = userDataStore
    .getState()
    .create({ frameworkId: 'fw', frameworkVersion: '1', title: 'Spring' });
  storage.setItem.mockClear();
});
afterEach(cleanup);

describe('StatementRow', () => {
  it('opens a note field on "Add a note", and says it is open', () => {
    render(row());
    const add = screen.getByRole('button', { name: `${q.addNote}: Listens well` });
    expect(add.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(add);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: `${q.note}: Listens well` }));
    expect(
      screen.getByRole('button', { name: `${q.hideNote}: Listens well` }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('stores a typed note for this assessment and statement, and saves it', () => {
    const other = userDataStore
      .getState()
      .create({ frameworkId: 'fw', frameworkVersion: '1', title: 'Autumn' });
    render(row());
    fireEvent.click(screen.getByRole('button', { name: `${q.addNote}: Listens well` }));
    fireEvent.change(screen.getByRole('textbox', { name: `${q.note}: Listens well` }), {
      target: { value: 'Ask the team' },
    });
    expect(answer()?.note).toBe('Ask the team');
    expect(userDataStore.getState().assessments[other]?.answers).toEqual({});
    act(() => void retrySaving());
    const saved = JSON.parse(storage.setItem.mock.lastCall?.[1] ?? '{}');
    expect(storage.setItem.mock.lastCall?.[0]).toBe(STORAGE_KEY);
    expect(saved.state.assessments[assessmentId].answers.listen.note).toBe('Ask the team');
  });

  it('stores "not applicable" when checked', () => {
    render(row());
    fireEvent.click(screen.getByRole('checkbox', { name: `${q.notApplicable}: Listens well` }));
    expect(answer()?.notApplicable).toBe(true);
  });

  it('disables both scales, "Now" and "Goal", when not applicable is checked', () => {
    render(row());
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect(radios.some((r) => r.matches(':disabled'))).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: `${q.notApplicable}: Listens well` }));
    for (const r of screen.getAllByRole('radio')) expect(r.matches(':disabled')).toBe(true);
  });
});
