// Everything the app keeps in this browser, as one file: the way out when a
// page breaks. It reads localStorage itself, key by key, as raw text, so that
// it works even when the stored data cannot be read by the app.
import { downloadText } from './download.ts';

/** Every key the app writes starts with this. */
export const KEY_PREFIX = 'csa.';

type KeyValueStore = Pick<Storage, 'length' | 'key' | 'getItem'>;

export interface StoredDataFile {
  format: 'csa-stored-data/1';
  appVersion: string;
  savedAt: string;
  /** Each key with its text exactly as stored. */
  keys: Record<string, string>;
  /** Keys that exist but could not be read, and why; absent when there are none. */
  unreadable?: Record<string, string>;
  /** Why storage itself could not be listed; absent when it could. */
  problem?: string;
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The app's keys and their raw text. Never throws. */
export function collectStoredData(
  storage: () => KeyValueStore,
  appVersion: string,
  now: Date,
): StoredDataFile {
  const file: StoredDataFile = {
    format: 'csa-stored-data/1',
    appVersion,
    savedAt: Number.isFinite(now.getTime()) ? now.toISOString() : '',
    keys: {},
  };
  const unreadable: Record<string, string> = {};
  try {
    const store = storage();
    const names: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const name = store.key(i);
      if (name?.startsWith(KEY_PREFIX)) names.push(name);
    }
    for (const name of names.sort()) {
      try {
        const value = store.getItem(name);
        if (value !== null) file.keys[name] = value;
      } catch (error) {
        unreadable[name] = message(error);
      }
    }
  } catch (error) {
    file.problem = message(error);
  }
  if (Object.keys(unreadable).length) file.unreadable = unreadable;
  return file;
}

/** Offers everything stored under `csa.` as one JSON file. Never throws. */
export function downloadStoredData(): void {
  try {
    const now = new Date();
    const file = collectStoredData(() => window.localStorage, __APP_VERSION__, now);
    const day = file.savedAt.slice(0, 10) || 'saved';
    downloadText(
      `self-assessment-data-${day}.json`,
      `${JSON.stringify(file, null, 2)}\n`,
      'application/json',
    );
  } catch (error) {
    console.error('The stored data could not be offered as a download', error);
  }
}
