import { describe, expect, it } from 'vitest';
import { isPrototypeKey, own } from './own.ts';

describe('own: a record’s own entry only', () => {
  it('gives what the record holds and nothing it inherits', () => {
    const record: Record<string, number> = { a: 1 };
    expect([
      own(record, 'a'),
      own(record, '__proto__'),
      own(record, 'constructor'),
      own(record, 'b'),
    ]).toEqual([1, undefined, undefined, undefined]);
  });
});

describe('isPrototypeKey: the keys stored data never holds', () => {
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
