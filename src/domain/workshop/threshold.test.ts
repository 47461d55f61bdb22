import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD } from './exerciseRecord.ts';
import { readThreshold } from './threshold.ts';

describe('readThreshold', () => {
  it('is 5 by default and never below 3', () => {
    expect([DEFAULT_THRESHOLD, MIN_THRESHOLD]).toEqual([5, 3]);
    expect(readThreshold(String(DEFAULT_THRESHOLD))).toBe(5);
  });

  it('takes a whole number from the minimum up to the maximum, spaces around it allowed', () => {
    expect(readThreshold('3')).toBe(3);
    expect(readThreshold(' 12 ')).toBe(12);
    expect(readThreshold(String(MAX_THRESHOLD))).toBe(MAX_THRESHOLD);
  });

  it('refuses a number below 3 or above the maximum', () => {
    for (const typed of ['0', '2', String(MAX_THRESHOLD + 1), '99999'])
      expect(readThreshold(typed)).toBeNull();
  });

  it('refuses what is not a whole number', () => {
    for (const typed of ['', ' ', '4.5', '5,0', '-5', '+5', '1e1', 'five', '0x5', '5 5'])
      expect(readThreshold(typed), typed).toBeNull();
  });
});
