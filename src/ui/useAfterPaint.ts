import { startTransition, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';

/**
 * Runs `update` once the next frame has been painted, as a transition, which React
 * renders in slices so that the next frame is not held up either. Returns a function
 * that takes it back. Measured: docs/performance.md, row "After the paint" (and
 * "Batching the after-paint updates", removed: it gained nothing measurable).
 */
function afterPaint(update: () => void): () => void {
  let live = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (live) startTransition(update);
    }, 0),
  );
  return () => {
    live = false;
  };
}

/**
 * A value read from a store that follows a change after the next paint: what
 * a click changes shows first (a radio is the browser's own), and what
 * summarises or restyles it (counts, "saving", a row's colour) a moment later.
 * `key` names what `select` reads; a new key reads again at once.
 */
export function useAfterPaint<S, T>(store: StoreApi<S>, select: (state: S) => T, key: string): T {
  const [state, setState] = useState(() => ({ key, value: select(store.getState()) }));
  // Another key (another assessment, say) reads the store during this render, never shows the old value.
  const current = state.key === key ? state : { key, value: select(store.getState()) };
  if (current !== state) setState(current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `select` reads
  useEffect(() => {
    const read = () =>
      setState((s) => {
        const value = select(store.getState());
        return s.key === key && Object.is(s.value, value) ? s : { key, value };
      });
    let cancel = () => {};
    const unsubscribe = store.subscribe((next, previous) => {
      if (select(next) !== select(previous)) {
        cancel();
        cancel = afterPaint(read);
      }
    });
    read();
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store, key]);
  return current.value;
}
