// A file handed from one place to the page that opens it (the add panel found a saved
// assessment file; a file dropped anywhere on the page). Held until taken, once: by the
// panel when it mounts, or at once when it is already shown.
import { useEffect, useRef } from 'react';

/** Who opens a file: the add panel, the assessments page, the workshops page, a workshop's collect panel. */
export type FileDestination = 'framework' | 'assessments' | 'workshop' | 'result' | 'feedback';

let pending: { file: File; to: FileDestination } | null = null;
const listeners = new Set<() => void>();

/** Hands a file over; true when a panel shown now took it at once (else it waits for one to mount). */
export function handOver(file: File, to: FileDestination): boolean {
  pending = { file, to };
  for (const listener of listeners) listener();
  return pending?.file !== file;
}

export function takeHandedOver(to: FileDestination): File | null {
  if (pending?.to !== to) return null;
  const { file } = pending;
  pending = null;
  return file;
}

/** Calls `open` with a file handed over to `to`: one waiting on mount, and each one handed over later. */
export function useHandedOver(to: FileDestination, open: (file: File) => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const take = () => {
      const file = takeHandedOver(to);
      if (file) latest.current(file);
    };
    take();
    listeners.add(take);
    return () => {
      listeners.delete(take);
    };
  }, [to]);
}
