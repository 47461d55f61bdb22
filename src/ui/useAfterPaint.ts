import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';

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
  const setValue = (read: () => T) =>
    setState((s) => {
      const value = read();
      return s.key === key && Object.is(s.value, value) ? s : { key, value };
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `select` reads
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setValue(() => select(store.getState())), 0);
      });
    };
    const unsubscribe = store.subscribe((next, previous) => {
      if (select(next) !== select(previous)) later();
    });
    setValue(() => select(store.getState()));
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [store, key]);
  return current.value;
}
