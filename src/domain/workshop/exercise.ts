// A workshop exercise (exerciseRecord.ts: what is stored) and its layout: the
// statement list and scale that result codes are packed against.
import { type ScopedSection, scopedItemIds, scopeOf } from '../assessment/scope.ts';
import { scaleOf } from '../framework/defaultScale.ts';
import { inLevel } from '../framework/levels.ts';
import type { Framework } from '../framework/schema.ts';
import { isRated } from '../framework/statements.ts';
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

/**
 * Statements of a built-in framework that were rated in an earlier version and
 * are shown as text now (`rated: false`), by framework and version: an
 * exercise made with that version packs its codes with them in their place (a
 * participant's rating of them is read and left out of the group picture), so
 * the codes handed back for it before and after the change still read.
 */
const FORMERLY_RATED = new Map<string, Map<string, ReadonlySet<string>>>([
  ['navigator-criteria', new Map([['1', new Set(['nav-oreglerat-arbete', 'nav-parallellt-arbete'])]])],
  [
    'career-guidance-partnership',
    new Map([
      ['1', new Set(['kp-okt-tilgang', 'kp-okt-kvalitet', 'kp-profesjonalitet', 'kp-likeverdig-tilbud'])],
    ]),
  ],
]);

/** The statement list codes are packed against: the scope's, with those rated when the exercise was made. */
function packedIds(
  fw: Framework,
  exercise: Pick<Exercise, 'sections' | 'level'> & { frameworkVersion?: string },
  scope: ScopedSection[],
): string[] {
  const formerly = FORMERLY_RATED.get(fw.id)?.get(exercise.frameworkVersion ?? fw.version);
  if (!formerly) return scopedItemIds(scope);
  const wanted = new Set(exercise.sections);
  return fw.sections
    .filter((s) => wanted.size === 0 || wanted.has(s.id))
    .flatMap((s) => s.groups.filter((g) => inLevel(fw.levels, g.level, exercise.level)))
    .flatMap((g) => g.items.filter((i) => isRated(g) || formerly.has(i.id)).map((i) => i.id));
}

/** The layout of an exercise (or of an assessment made from one), in the framework version it was made with. */
export function layoutOf(
  fw: Framework,
  exercise: Pick<Exercise, 'sections' | 'level'> & { frameworkVersion?: string },
): ExerciseLayout {
  const scope = scopeOf(fw, exercise);
  const itemIds = packedIds(fw, exercise, scope);
  const scale = scaleOf(fw).map((s) => s.value);
  return { scope, itemIds, scale, fingerprint: hashChars(`${itemIds.join('\n')}\n${scale.join(',')}`, 2) };
}
