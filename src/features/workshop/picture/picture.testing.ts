// For the group picture's component tests: a small framework (two sections,
// knowledge and skills), an exercise over it, and results with known ratings.
import type { Framework } from '../../../domain/framework/schema.ts';
import { layoutOf } from '../../../domain/workshop/exercise.ts';
import type { Rating, WorkshopResult } from '../../../domain/workshop/resultCode.ts';
import { exerciseOver, r } from '../../../domain/workshop/workshop.testing.ts';

export const fw = {
  id: 'f',
  version: '1',
  sourceLanguage: 'en',
  subject: 'individual',
  format: 'competency-framework/1',
  title: { en: 'Facilitation' },
  sections: [
    {
      id: 'S1',
      title: { en: 'Listening' },
      groups: [
        { id: 'k', kind: 'knowledge', items: [{ id: 'a', text: { en: 'I know the stages of a meeting' } }] },
        {
          id: 's',
          kind: 'skill',
          items: [
            { id: 'b', text: { en: 'I summarise what was said' } },
            { id: 'c', text: { en: 'I ask open questions' } },
          ],
        },
      ],
    },
    {
      id: 'S2',
      title: { en: 'Deciding' },
      groups: [{ id: 'd', kind: 'skill', items: [{ id: 'd1', text: { en: 'I close with a decision' } }] }],
    },
  ],
} as unknown as Framework;

export const exercise = exerciseOver(fw, { sections: [], title: 'Spring workshop' }, 0, 'EXERC1SE');
export const layout = layoutOf(fw, exercise);

export { r };

/** One result per row; each row lists the ratings of a, b, c, d1. */
export const resultsOf = (rows: Rating[][]): WorkshopResult[] =>
  rows.map((ratings, i) => ({
    exerciseId: exercise.id,
    resultId: `RESULT${i}0`.slice(0, 8),
    ratings,
    notes: {},
  }));

/** Six participants: a rated by all, b by four (two not applicable: hidden), c and d1 by all. */
export const six = resultsOf([
  [r(1, 3), r(2, 2), r(2, 3), r(1, 1)],
  [r(2, 3), r(null, null, true), r(2, 2), r(1, 1)],
  [r(2, 4), r(null, null, true), r(2, 2), r(1, 2)],
  [r(3, 3), r(1, 1), r(2, 2), r(1, 1)],
  [r(0, 2), r(3, 3), r(2, 2), r(1, 1)],
  [r(2, 3), r(3, 3), r(2, 2), r(1, 1)],
]);
