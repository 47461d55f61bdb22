// Stored data that could not be used, kept aside byte for byte under its own
// key: one copy per distinct content (by hash), a bound on their number and
// size that leaves room to save, and a record of which ones the user has seen.
// Only backups the user has seen are ever removed to make room.

export type BackupReason = 'unreadable' | 'repaired';

export interface Backup {
  key: string;
  at: number;
  reason: BackupReason;
  /** Characters of the kept text. */
  size: number;
  seen: boolean;
}

export const MAX_BACKUPS = 5;
/** All backups together, in characters (localStorage holds about 5 million). */
export const MAX_BACKUP_CHARS = 1_500_000;

/** A 53-bit hash of the text (cyrb53), in base 36. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const prefix = (name: string) => `${name}.backup.`;
const seenKey = (name: string) => `${name}.backups-seen`;

function readSeen(s: Storage, name: string): string[] {
  try {
    const list: unknown = JSON.parse(s.getItem(seenKey(name)) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** `name.backup.<at>.<reason>.<hash>`; keys of earlier versions are `name.backup.<at>`. */
function parseKey(name: string, key: string): Pick<Backup, 'at' | 'reason'> & { hash: string } {
  const [at = '0', reason, hash = ''] = key.slice(prefix(name).length).split('.');
  return { at: Number(at) || 0, reason: reason === 'repaired' ? 'repaired' : 'unreadable', hash };
}

/** The backups kept for `name`, oldest first. */
export function listBackups(s: Storage, name: string): Backup[] {
  const seen = new Set(readSeen(s, name));
  const out: Backup[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix(name))) continue;
    const { at, reason } = parseKey(name, key);
    out.push({ key, at, reason, size: s.getItem(key)?.length ?? 0, seen: seen.has(key) });
  }
  return out.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

export function removeBackup(s: Storage, name: string, key: string): void {
  if (!key.startsWith(prefix(name))) return;
  s.removeItem(key);
  try {
    s.setItem(seenKey(name), JSON.stringify(readSeen(s, name).filter((k) => k !== key)));
  } catch {
    // the record of seen backups names one that is gone: harmless
  }
}

export function markSeen(s: Storage, name: string, keys: readonly string[]): void {
  const seen = new Set(readSeen(s, name));
  for (const key of keys) seen.add(key);
  const present = new Set(listBackups(s, name).map((b) => b.key));
  s.setItem(seenKey(name), JSON.stringify([...seen].filter((k) => present.has(k))));
}

/**
 * Keeps `text` aside. The key of a copy already kept when the same text is
 * kept already; null when it cannot be kept within the bounds (or the quota)
 * without removing a backup the user has not seen.
 */
export function keepBackup(
  s: Storage,
  name: string,
  text: string,
  reason: BackupReason,
  at: number,
): string | null {
  const hash = contentHash(text);
  const all = listBackups(s, name);
  const same = all.find((b) => parseKey(name, b.key).hash === hash);
  if (same) return same.key;
  if (text.length > MAX_BACKUP_CHARS) return null;
  let count = all.length;
  let size = all.reduce((n, b) => n + b.size, 0);
  const evict: string[] = [];
  for (const b of all) {
    if (count < MAX_BACKUPS && size + text.length <= MAX_BACKUP_CHARS) break;
    if (!b.seen) continue;
    evict.push(b.key);
    count--;
    size -= b.size;
  }
  if (count >= MAX_BACKUPS || size + text.length > MAX_BACKUP_CHARS) return null;
  for (const key of evict) removeBackup(s, name, key);
  const key = `${prefix(name)}${at}.${reason}.${hash}`;
  try {
    s.setItem(key, text);
    return key;
  } catch {
    return null;
  }
}
