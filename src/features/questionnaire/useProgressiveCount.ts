import { startTransition, useEffect, useState } from 'react';

/** Statements rendered at once when a section opens; the rest follow in steps of this size. */
export const FIRST_STEP = 5;

/**
 * How many of a section's `total` statements to render: the first few at
 * once, the rest a step at a time after each paint, so that opening a long
 * section never holds the page in one long task. Each step is a transition:
 * input is handled between steps.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(() => Math.min(total, FIRST_STEP));
  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setCount((c) => Math.min(total, c + FIRST_STEP))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total]);
  return Math.min(count, total);
}
