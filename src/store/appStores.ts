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
    if (event.key === STORAGE_KEY && event.newValue === null && !event.storageArea?.getItem(STORAGE_KEY)) {
      // Another tab removed everything (removeEverything): this tab keeps nothing either. Its
      // next write would find no stored data and write all it has back, so it drops its
      // unsaved change and starts again from the now empty storage.
      durable.removeItem(STORAGE_KEY);
      reloadEmpty();
    } else if (event.key === STORAGE_KEY || event.key === null) void userDataStore.persist.rehydrate();
    else if (event.key?.startsWith(`${STORAGE_KEY}.backup`)) {
      useSaveStatus.getState().setBackups(durable.backups());
    }
  });
}

/** Every key the app writes starts with this. */
const APP_KEY_PREFIX = 'csa.';

/**
 * Removes everything the app keeps in this browser (for a shared computer), then reloads
 * this tab, which starts empty. This tab's unsaved change is dropped first, so nothing is
 * written back as the page goes; other open tabs see the data removed and do the same
 * (startPersistence), losing a change they had not yet written.
 */
export function removeEverything(): void {
  durable.removeItem(STORAGE_KEY);
  try {
    const s = globalThis.localStorage;
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(APP_KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) s.removeItem(key);
  } catch {
    // storage unavailable: nothing is kept in it
  }
  reloadEmpty();
}

/** Loads the page again from empty storage; a language named in the address would be remembered again as it loads, so it goes. */
function reloadEmpty(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('lng');
  // A trainer's `#/workshop/new?lng=` names the exercise's language, not the page's: it stays.
  const [path = '', query] = url.hash.split('?');
  if (query !== undefined && !path.startsWith('#/workshop/new')) {
    const params = new URLSearchParams(query);
    params.delete('lng');
    url.hash = params.size ? `${path}?${params}` : path;
  }
  window.history.replaceState(window.history.state, '', url);
  window.location.reload();
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
