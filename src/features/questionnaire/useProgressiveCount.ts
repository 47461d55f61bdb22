import { startTransition, useEffect, useState } from 'react';

/** Statements rendered at once when a section opens; the rest follow in steps of this size. */
const FIRST_STEP = 5;

/**
 * How many of `total` things to render: `first` at once, the rest `step` at a
 * time after each paint, so that a long section (or a long list of sections)
 * never holds the page in one long task. Each step is a transition: input is
 * handled between steps. Measured: the longest task of opening a section about
 * 100 ms shorter (docs/performance.md, row "Statements five at a time").
 */
export function useProgressiveCount(total: number, first = FIRST_STEP, step = first): number {
  const [count, setCount] = useState(() => Math.min(total, first));
  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setCount((c) => Math.min(total, c + step))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, step]);
  return Math.min(count, total);
}
