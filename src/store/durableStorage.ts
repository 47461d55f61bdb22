// The storage adapter behind zustand's persist middleware. It guards against
// the middleware's known failure modes:
// - stored data that cannot be read, or comes from a newer version, is copied
//   to a backup key before anything can overwrite it (and, if even that is
//   impossible, nothing is written at all);
// - a write that fails (quota, storage unavailable) is reported and retried,
//   and never throws out of `set()`; the state in memory stays as it is;
// - each write merges with what another tab may have written meanwhile;
// - writes are debounced, and `flush()` writes at once (on pagehide).
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeStates, type UserData } from '../domain/assessment/merge.ts';
import { restoreStored, STORAGE_VERSION, serializeState } from '../domain/assessment/persisted.ts';

export type SaveError = 'quota' | 'unavailable' | 'blocked';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; error: SaveError; at: number };

export interface Recovered {
  /** Where the data that could not be used is kept (a backup key, or the original key when no backup could be made). */
  key: string;
  reason: 'unreadable' | 'newer' | 'repaired';
  detail: string;
  at: number;
}

export interface DurableStorageOptions {
  storage: () => Storage | undefined;
  debounceMs?: number;
  retryMs?: number;
  now?: () => number;
  onStatus?: (status: SaveStatus) => void;
  onRecovered?: (recovered: Recovered) => void;
}

export interface DurableStorage extends PersistStorage<UserData, void> {
  /** Synchronous: hydration happens while the store is created. */
  getItem(name: string): StorageValue<UserData> | null;
  /** Writes any pending change now. True when nothing is left unsaved. */
  flush(): boolean;
  hasPendingChanges(): boolean;
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22
  );
}

export function createDurableStorage(options: DurableStorageOptions): DurableStorage {
  const {
    debounceMs = 250,
    retryMs = 3000,
    now = Date.now,
    onStatus = () => {},
    onRecovered = () => {},
  } = options;
  let pending: { name: string; state: UserData } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Set when unreadable data could not be backed up: writing would destroy it. */
  let blocked = false;
  /** The unreadable text already kept under a backup key (not to be kept twice). */
  let kept: string | null = null;

  function storage(): Storage | undefined {
    try {
      return options.storage();
    } catch {
      return undefined;
    }
  }

  /** Keeps `text` under a backup key. False when that is impossible. */
  function backUp(
    s: Storage,
    name: string,
    text: string,
    reason: Recovered['reason'],
    detail: string,
  ): boolean {
    const at = now();
    const key = `${name}.backup.${at}`;
    if (text === kept) return true;
    try {
      s.setItem(key, text);
      kept = text;
      onRecovered({ key, reason, detail, at });
      return true;
    } catch {
      blocked = true;
      onRecovered({ key: name, reason, detail, at });
      onStatus({ kind: 'error', error: 'blocked', at });
      return false;
    }
  }

  function schedule(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  }

  function flush(): boolean {
    clearTimeout(timer);
    if (!pending) return true;
    const { name, state } = pending;
    if (blocked) {
      onStatus({ kind: 'error', error: 'blocked', at: now() });
      return false;
    }
    const s = storage();
    if (!s) {
      onStatus({ kind: 'error', error: 'unavailable', at: now() });
      schedule(retryMs);
      return false;
    }
    try {
      let merged = state;
      const stored = s.getItem(name);
      if (stored !== null) {
        const restored = restoreStored(stored);
        if (restored.ok) merged = mergeStates(restored.state, state);
        else if (!backUp(s, name, stored, restored.reason, restored.detail)) return false;
      }
      s.setItem(name, serializeState(merged));
      pending = null;
      onStatus({ kind: 'saved', at: now() });
      return true;
    } catch (error) {
      onStatus({ kind: 'error', error: isQuotaError(error) ? 'quota' : 'unavailable', at: now() });
      schedule(retryMs);
      return false;
    }
  }

  return {
    getItem(name: string): StorageValue<UserData> | null {
      const s = storage();
      let text: string | null;
      try {
        text = s ? s.getItem(name) : null;
      } catch {
        text = null;
      }
      if (!s) onStatus({ kind: 'error', error: 'unavailable', at: now() });
      if (!s || text === null) return null;
      const restored = restoreStored(text);
      if (!restored.ok) {
        backUp(s, name, text, restored.reason, restored.detail);
        return null;
      }
      if (restored.dropped.length) {
        backUp(s, name, text, 'repaired', restored.dropped.join(', '));
      }
      return { state: restored.state, version: STORAGE_VERSION };
    },
    setItem(name: string, value: StorageValue<UserData>): void {
      pending = { name, state: value.state };
      onStatus({ kind: 'pending' });
      schedule(debounceMs);
    },
    removeItem(name: string): void {
      pending = null;
      try {
        storage()?.removeItem(name);
      } catch {
        // nothing to remove
      }
    },
    flush,
    hasPendingChanges: () => pending !== null,
  };
}
