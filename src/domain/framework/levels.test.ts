import { describe, expect, it } from 'vitest';
import { inLevel, levelsUpTo } from './levels.ts';

const levels = [{ id: 'basis' }, { id: 'plus1' }, { id: 'plus2' }];

describe('cumulative variant levels', () => {
  it('include the chosen level and every level below it', () => {
    expect(levelsUpTo(levels, 'plus1').map((l) => l.id)).toEqual(['basis', 'plus1']);
    expect(inLevel(levels, 'basis', 'plus1')).toBe(true);
    expect(inLevel(levels, 'plus2', 'plus1')).toBe(false);
  });

  it('include everything when no level, or an unknown one, is chosen', () => {
    expect(levelsUpTo(levels, null)).toEqual(levels);
    expect(levelsUpTo(levels, 'plus9')).toEqual(levels);
    expect(inLevel(levels, 'plus2', 'plus9')).toBe(true);
  });

  it('count content without a level of its own in every variant', () => {
    expect(inLevel(levels, undefined, 'basis')).toBe(true);
    expect(inLevel([], 'x', 'basis')).toBe(true);
  });
});
