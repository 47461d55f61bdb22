// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en, initTestI18n } from '../../../ui/i18n.testing.ts';
import { PresentationView } from './PresentationView.tsx';
import { exercise, fw, layout, six } from './picture.testing.ts';

const gp = en('groupPicture');

beforeAll(initTestI18n);
afterEach(cleanup);

const headingText = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('PresentationView', () => {
  it('steps through the screens with arrow keys and Page Up/Down, the heading focused and the step announced', () => {
    render(<PresentationView exercise={exercise} fw={fw} layout={layout} results={six} onExit={() => {}} />);
    expect(headingText()).toBe('Spring workshop');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    // overview, disagreement, knowledge against skills, then Listening's two groups and Deciding's.
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(headingText()).toBe(gp.disagreement.heading);
    fireEvent.keyDown(window, { key: 'PageDown' });
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    expect(headingText()).toBe('S1 Listening · Knowledge');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByText('Screen 4 of 6')).toBeTruthy();
    expect(screen.getByRole('table', { name: /^I know the stages of a meeting/ })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'PageUp' });
    expect(headingText()).toBe(gp.byKind.heading);
    fireEvent.keyDown(window, { key: 'End' });
    expect(headingText()).toBe('S2 Deciding · Skills');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(headingText()).toBe('S2 Deciding · Skills');
    fireEvent.click(screen.getByRole('button', { name: gp.present.previous }));
    expect(headingText()).toBe('S1 Listening · Skills');
  });

  it('calls onExit on Escape and on its button', () => {
    const onExit = vi.fn();
    render(<PresentationView exercise={exercise} fw={fw} layout={layout} results={six} onExit={onExit} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onExit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: gp.present.exit }));
    expect(onExit).toHaveBeenCalledTimes(2);
  });

  it('shows one screen saying why below the threshold of participants', () => {
    render(
      <PresentationView
        exercise={exercise}
        fw={fw}
        layout={layout}
        results={six.slice(0, 3)}
        onExit={() => {}}
      />,
    );
    expect(screen.getByText(gp.tooFew_other.replace('{{count}}', '5'))).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByText('Screen 1 of 1')).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
  });
});
