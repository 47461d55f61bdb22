// What the user is told about saving: saved, not saved (and why), and data
// that was kept aside because it could not be read.
import { create } from 'zustand';
import type { Recovered, SaveStatus } from './durableStorage.ts';

interface SaveStatusState {
  status: SaveStatus;
  recovered: Recovered[];
  setStatus(status: SaveStatus): void;
  addRecovered(recovered: Recovered): void;
  dismissRecovered(key: string): void;
}

export const useSaveStatus = create<SaveStatusState>()((set) => ({
  status: { kind: 'idle' },
  recovered: [],
  // A change that is still waiting to be written changes nothing the user sees: skip it.
  setStatus: (status) =>
    set((s) => (status.kind === 'pending' && s.status.kind === 'pending' ? s : { status })),
  addRecovered: (recovered) => set((s) => ({ recovered: [...s.recovered, recovered] })),
  dismissRecovered: (key) => set((s) => ({ recovered: s.recovered.filter((r) => r.key !== key) })),
}));

/** The text kept under a backup key, for download. */
export function readKept(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
