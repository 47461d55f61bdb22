import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from './assessmentFile.ts';
import { parseImport, refusedBySize } from './importFile.ts';
import { isPrototypeKey } from './model.ts';

describe('a saved file too large to open', () => {
  it('is refused by its size before it is read, naming the file, its size and the limit', () => {
    expect(refusedBySize(MAX_IMPORT_BYTES + 1, 'all.json')).toMatchObject({
      file: 'all.json',
      line: 1,
      col: 1,
      code: 'file-too-large',
      params: { size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES },
    });
    expect(refusedBySize(MAX_IMPORT_BYTES + 1, 'all.json')?.message).toMatch(/5242881 bytes/);
  });

  it('is one of 5 MB or more: a file up to the limit is read', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    expect(refusedBySize(MAX_IMPORT_BYTES, 'all.json')).toBeNull();
    expect(refusedBySize(0, 'empty.json')).toBeNull();
  });

  it('is the same limit the reading holds the text to', () => {
    const read = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1), 'all.json', () => undefined);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([refusedBySize(MAX_IMPORT_BYTES + 1, 'all.json')]);
  });
});

describe('isPrototypeKey: the ids a saved file and the stored data never hold', () => {
  it('is true of the keys that reach or name an object’s built-ins, and of no other', () => {
    expect(['__proto__', 'constructor', 'prototype'].map(isPrototypeKey)).toEqual([true, true, true]);
    expect(['a1', 'Constructor', '__proto', 'toString'].map(isPrototypeKey)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
