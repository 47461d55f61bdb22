// @vitest-environment jsdom
// useAfterPaint: a store value that follows a change after the next paint (the
// next animation frame, then a task); one behaviour per test.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand';
import { useAfterPaint } from './useAfterPaint.ts';

interface Counts {
  counts: Record<string, number>;
}

const store = createStore<Counts>()(() => ({ counts: { a: 1, b: 20 } }));
const set = (key: string, n: number) => store.setState((s) => ({ counts: { ...s.counts, [key]: n } }));

/** Every value the component rendered, and every one it committed (put on the page), in order. */
const rendered: number[] = [];
const committed: number[] = [];
function Count({ which }: { which: string }) {
  const n = useAfterPaint(store, (s) => s.counts[which] ?? 0, which);
  rendered.push(n);
  useLayoutEffect(() => void committed.push(n));
  return <output aria-label="count">{n}</output>;
}
const forget = () => {
  rendered.length = 0;
  committed.length = 0;
};
const shown = () => screen.getByRole('status', { name: 'count' }).textContent;
/** The next frame is painted, then the task after it runs. */
const nextFrame = () =>
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
  store.setState({ counts: { a: 1, b: 20 } });
  forget();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAfterPaint', () => {
  it('shows the old value right after a store change, and the new one after the next frame', () => {
    render(<Count which="a" />);
    expect(shown()).toBe('1');
    act(() => set('a', 2));
    expect(shown()).toBe('1');
    nextFrame();
    expect(shown()).toBe('2');
  });

  // React may render a transition twice before committing it (in act, the concurrent render is redone
  // in sync): what reaches the page is the commit, and no earlier value is rendered at all.
  it('puts only the last value on the page, once, for several changes before the frame', () => {
    render(<Count which="a" />);
    forget();
    act(() => {
      set('a', 2);
      set('a', 3);
      set('a', 4);
    });
    nextFrame();
    expect(shown()).toBe('4');
    expect(committed).toEqual([4]);
    expect(new Set(rendered)).toEqual(new Set([4]));
  });

  it('does not render for a change to what it does not read', () => {
    render(<Count which="a" />);
    forget();
    act(() => set('b', 21));
    nextFrame();
    expect(rendered).toEqual([]);
  });

  it('reads the store at once for a new key, never showing the old key’s value', () => {
    const { rerender } = render(<Count which="a" />);
    forget();
    rerender(<Count which="b" />);
    expect(shown()).toBe('20');
    expect(rendered).not.toContain(1);
    expect(committed).toEqual([20]);
  });
});
