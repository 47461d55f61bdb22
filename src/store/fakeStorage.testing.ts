// For tests: a Storage in memory whose methods are spies (in the style of
// zustand's persistSync tests). `failWrites` makes setItem throw, like a full
// quota; `quotaChars` makes it throw once the stored text would exceed it.
import { vi } from 'vitest';

export const quotaError = () => new DOMException('full', 'QuotaExceededError');

export class FakeStorage implements Storage {
  data = new Map<string, string>();
  failWrites: DOMException | null = null;
  quotaChars = Number.POSITIVE_INFINITY;
  get length() {
    return this.data.size;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  getItem = vi.fn((k: string) => this.data.get(k) ?? null);
  setItem = vi.fn((k: string, v: string) => {
    if (this.failWrites) throw this.failWrites;
    const used = [...this.data].reduce(
      (n, [key, value]) => (key === k ? n : n + key.length + value.length),
      0,
    );
    if (used + k.length + v.length > this.quotaChars) throw quotaError();
    this.data.set(k, String(v));
  });
  removeItem = vi.fn((k: string) => void this.data.delete(k));
  clear = () => this.data.clear();
  /** The keys that start with `prefix`. */
  keysWith(prefix: string): string[] {
    return [...this.data.keys()].filter((k) => k.startsWith(prefix));
  }
}
