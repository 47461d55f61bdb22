// What the user is told about saving: saved, not saved (and why), and the
// data kept aside because it could not be read.
import { create } from 'zustand';
import type { Backup } from './backups.ts';
import type { SaveStatus } from './durableStorage.ts';

interface SaveStatusState {
  status: SaveStatus;
  /** Kept-aside data, oldest first; a notice stays while any of it is unseen. */
  backups: Backup[];
  setStatus(status: SaveStatus): void;
  setBackups(backups: Backup[]): void;
}

export const useSaveStatus = create<SaveStatusState>()((set) => ({
  status: { kind: 'idle' },
  backups: [],
  // A change that is still waiting to be written changes nothing the user sees: skip it.
  setStatus: (status) =>
    set((s) => (status.kind === 'pending' && s.status.kind === 'pending' ? s : { status })),
  setBackups: (backups) => set({ backups }),
}));
