import { describe, expect, it } from 'vitest';
import { own } from './own.ts';

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
