// The app's single instances: assessments persisted to this browser's
// localStorage, saving status, and the page events that keep both honest.
import { useStore } from 'zustand';
import { createDurableStorage } from './durableStorage.ts';
import { useSaveStatus } from './saveStatus.ts';
import { createUserDataStore, STORAGE_KEY, type UserDataStore } from './userData.ts';

const durable = createDurableStorage({
  storage: () => globalThis.localStorage,
  onStatus: (status) => useSaveStatus.getState().setStatus(status),
  onBackups: (backups) => useSaveStatus.getState().setBackups(backups),
});

export const userDataStore = createUserDataStore(durable);
useSaveStatus.getState().setBackups(durable.backups());

export function useUserData<T>(selector: (s: UserDataStore) => T): T {
  return useStore(userDataStore, selector);
}

/** Writes before the page can go, warns when changes could not be saved, follows other tabs. */
export function startPersistence(): void {
  window.addEventListener('pagehide', () => durable.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') durable.flush();
  });
  window.addEventListener('beforeunload', (event) => {
    if (!durable.flush()) event.preventDefault();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) void userDataStore.persist.rehydrate();
    else if (event.key?.startsWith(`${STORAGE_KEY}.backup`)) {
      useSaveStatus.getState().setBackups(durable.backups());
    }
  });
}

/** Tries to save again now (after the user freed space, say). */
export function retrySaving(): boolean {
  return durable.flush();
}

/** The kept-aside data, and the stored data itself (for a download when it cannot be kept aside). */
export const keptData = {
  read: (key: string) => durable.readBackup(key),
  remove: (key: string) => durable.removeBackup(key),
  markSeen: (keys: readonly string[]) => durable.markBackupsSeen(keys),
  storedText: () => durable.readBackup(STORAGE_KEY),
  overwriteUnreadable: () => durable.overwriteUnreadable(),
};
