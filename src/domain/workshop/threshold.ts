// The group picture's anonymity threshold as a trainer types it: a whole
// number, never below the minimum (exerciseRecord.ts: 5 by default, never below 3).
import { MAX_THRESHOLD, MIN_THRESHOLD } from './exerciseRecord.ts';

/** The threshold in `typed` (spaces around it allowed), or null when it is not a whole number in range. */
export function readThreshold(typed: string): number | null {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= MIN_THRESHOLD && value <= MAX_THRESHOLD ? value : null;
}
