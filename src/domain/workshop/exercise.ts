// A workshop exercise (exerciseRecord.ts: what is stored) and its layout: the
// statement list and scale that result codes are packed against.
import { type ScopedSection, scopedItemIds, scopeOf } from '../assessment/scope.ts';
import { scaleOf } from '../framework/defaultScale.ts';
import type { Framework } from '../framework/schema.ts';
import { hashChars } from './base32.ts';
import type { Exercise } from './exerciseRecord.ts';

export * from './exerciseRecord.ts';

/** What a result code is packed against: the statements in order, and the scale's values. */
export interface ExerciseLayout {
  scope: ScopedSection[];
  itemIds: string[];
  scale: number[];
  /** Two characters that differ when the statement list or the scale differs (another framework version). */
  fingerprint: string;
}

export function layoutOf(fw: Framework, exercise: Pick<Exercise, 'sections' | 'level'>): ExerciseLayout {
  const scope = scopeOf(fw, exercise);
  const itemIds = scopedItemIds(scope);
  const scale = scaleOf(fw).map((s) => s.value);
  return { scope, itemIds, scale, fingerprint: hashChars(`${itemIds.join('\n')}\n${scale.join(',')}`, 2) };
}
