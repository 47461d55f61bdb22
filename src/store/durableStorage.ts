// The storage adapter behind zustand's persist middleware. It guards against
// the middleware's known failure modes:
// - stored data that cannot be read is copied to a backup key before anything
//   can overwrite it (and, if even that is impossible, nothing is written);
// - data written by a newer version of the app is never written over: this tab
//   stops saving and says so;
// - a write that fails (quota, storage unavailable) is reported and retried,
//   and never throws out of `set()`; the state in memory stays as it is;
// - each write lays this tab's changes over what is stored (`rebase`), so
//   another tab's writes are kept and no device clock decides;
// - a change is written right after the next paint; `flush()` writes at once.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { rebase, type UserData } from '../domain/assessment/merge.ts';
import {
  EMPTY_STATE,
  restoreStored,
  STORAGE_VERSION,
  serializeState,
} from '../domain/assessment/persisted.ts';
import {
  type Backup,
  type BackupReason,
  keepBackup,
  listBackups,
  markSeen,
  removeBackup,
} from './backups.ts';

export type SaveError = 'quota' | 'unavailable' | 'blocked' | 'newer';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; error: SaveError; at: number };

export interface DurableStorageOptions {
  storage: () => Storage | undefined;
  /** Without a paint to wait for (a hidden page, tests), a change is written after this delay. */
  delayMs?: number;
  retryMs?: number;
  now?: () => number;
  /** The stored format this app writes and the newest it reads. */
  formatVersion?: number;
  /** Runs `write` right after the next paint; by default through requestAnimationFrame. */
  afterPaint?: (write: () => void) => void;
  onStatus?: (status: SaveStatus) => void;
  /** The backups changed (one was kept, or removed). */
  onBackups?: (backups: Backup[]) => void;
}

export interface DurableStorage extends PersistStorage<UserData, void> {
  /** Synchronous: hydration happens while the store is created. */
  getItem(name: string): StorageValue<UserData> | null;
  /** Writes any pending change now. True when nothing is left unsaved. */
  flush(): boolean;
  hasPendingChanges(): boolean;
  /** The version of the stored data when a newer app wrote it (this tab then does not write). */
  newerVersion(): number | null;
  backups(): Backup[];
  readBackup(key: string): string | null;
  removeBackup(key: string): void;
  markBackupsSeen(keys: readonly string[]): void;
  /** After the user downloaded data that could not be kept aside: write over it. */
  overwriteUnreadable(): boolean;
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22
  );
}

// After the paint, so the click paints first; against writing at once the gain was within the
// bench's noise (docs/performance.md, row "Storage write after the paint").
function defaultAfterPaint(write: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(write, 0));
}

export function createDurableStorage(options: DurableStorageOptions): DurableStorage {
  const {
    delayMs = 100,
    retryMs = 3000,
    now = Date.now,
    formatVersion = STORAGE_VERSION,
    afterPaint = defaultAfterPaint,
    onStatus = () => {},
    onBackups = () => {},
  } = options;
  let name = '';
  let pending: UserData | null = null;
  /** The stored state this tab's state grew from: its changes are what differs from it. */
  let base: UserData = EMPTY_STATE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scheduled = false;
  let newer: number | null = null;
  /** Set when unreadable data could not be kept aside: writing would destroy it. */
  let blocked = false;
  /** The stored text this tab last wrote or read, and its state. */
  let last: { text: string; state: UserData } | null = null;

  function storage(): Storage | undefined {
    try {
      return options.storage();
    } catch {
      return undefined;
    }
  }

  function error(kind: SaveError): false {
    onStatus({ kind: 'error', error: kind, at: now() });
    return false;
  }

  function backUp(s: Storage, text: string, reason: BackupReason): boolean {
    const key = keepBackup(s, name, text, reason, now());
    if (key === null) {
      blocked = true;
      return false;
    }
    onBackups(listBackups(s, name));
    return true;
  }

  /**
   * What is stored, read for merging; null when a newer app wrote it. When
   * something could not be kept aside, `blocked` is set: what could be read
   * is shown, and nothing is written over the original.
   */
  function readStored(s: Storage): UserData | null {
    const text = s.getItem(name);
    // Nothing stored, or nothing readable: what this tab has must be written whole.
    if (text === null) return base;
    // What this tab last wrote or read, unchanged: no need to read it again (10,000 assessments take 0.5 s).
    if (last?.text === text) return last.state;
    const restored = restoreStored(text, formatVersion);
    if (!restored.ok && restored.reason === 'newer') {
      newer = restored.version;
      return null;
    }
    newer = null;
    if (!restored.ok) {
      backUp(s, text, 'unreadable');
      return base;
    }
    if (restored.dropped.length) backUp(s, text, 'repaired');
    else last = { text, state: restored.state };
    return restored.state;
  }

  function schedule(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  }

  function flush(): boolean {
    clearTimeout(timer);
    scheduled = false;
    if (!pending) return true;
    if (newer !== null) return error('newer');
    if (blocked) return error('blocked');
    const s = storage();
    if (!s) {
      schedule(retryMs);
      return error('unavailable');
    }
    try {
      const stored = readStored(s);
      if (!stored) return error('newer');
      if (blocked) return error('blocked');
      const merged = rebase(base, pending, stored);
      const text = serializeState(merged, formatVersion);
      s.setItem(name, text);
      last = { text, state: merged };
      base = pending;
      pending = null;
      onStatus({ kind: 'saved', at: now() });
      return true;
    } catch (e) {
      schedule(retryMs);
      return error(isQuotaError(e) ? 'quota' : 'unavailable');
    }
  }

  function withStorage(action: (s: Storage) => void): void {
    const s = storage();
    if (!s) return;
    try {
      action(s);
    } catch {
      // the backups stay as they were
    }
    onBackups(listBackups(s, name));
  }

  return {
    getItem(key: string): StorageValue<UserData> | null {
      name = key;
      const s = storage();
      if (!s) {
        error('unavailable');
        return null;
      }
      let stored: UserData | null;
      try {
        stored = readStored(s);
      } catch {
        error('unavailable');
        return null;
      }
      if (!stored) {
        error('newer');
        return null;
      }
      if (blocked) error('blocked');
      const state = pending ? rebase(base, pending, stored) : stored;
      base = stored;
      if (pending) pending = state;
      // In memory every version has one shape: migrations happen as stored data is read.
      return { state, version: STORAGE_VERSION };
    },
    setItem(key: string, value: StorageValue<UserData>): void {
      name = key;
      pending = value.state;
      onStatus({ kind: 'pending' });
      if (scheduled) return;
      scheduled = true;
      schedule(delayMs);
      afterPaint(flush);
    },
    removeItem(key: string): void {
      pending = null;
      try {
        storage()?.removeItem(key);
      } catch {
        // nothing to remove
      }
    },
    flush,
    hasPendingChanges: () => pending !== null,
    newerVersion: () => newer,
    backups() {
      const s = storage();
      try {
        return s ? listBackups(s, name) : [];
      } catch {
        return [];
      }
    },
    readBackup(key) {
      try {
        return key.startsWith(`${name}.`) || key === name ? (storage()?.getItem(key) ?? null) : null;
      } catch {
        return null;
      }
    },
    removeBackup: (key) => withStorage((s) => removeBackup(s, name, key)),
    markBackupsSeen: (keys) => withStorage((s) => markSeen(s, name, keys)),
    overwriteUnreadable() {
      const s = storage();
      if (!blocked || !s) return flush();
      blocked = false;
      try {
        s.removeItem(name);
      } catch {
        return error('unavailable');
      }
      pending = pending ?? base;
      base = EMPTY_STATE;
      return flush();
    },
  };
}
