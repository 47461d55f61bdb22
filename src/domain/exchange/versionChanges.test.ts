import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.ts';
import { versionChanges } from './versionChanges.ts';

const fw = (items: [string, string][]): Framework =>
  ({
    sourceLanguage: 'en',
    sections: [
      {
        id: 's',
        title: { en: 'S' },
        groups: [{ id: 'g', kind: 'skill', items: items.map(([id, en]) => ({ id, text: { en } })) }],
      },
    ],
  }) as unknown as Framework;

describe('versionChanges', () => {
  it('lists statements whose text changed and those that are gone, not those added or kept', () => {
    const before = fw([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
    const after = fw([
      ['a', 'A'],
      ['b', 'B, reworded'],
      ['d', 'D'],
    ]);
    expect(versionChanges(before, after)).toEqual({
      changed: [{ id: 'b', before: 'B', after: 'B, reworded' }],
      gone: [{ id: 'c', text: 'C' }],
    });
  });
});
