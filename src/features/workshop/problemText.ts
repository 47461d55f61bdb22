import type { ParseKeys } from 'i18next';
import type { CodeProblem } from '../../domain/workshop/resultCode.ts';

/** Why a result code was refused, as a sentence (the workshop namespace). */
export const CODE_PROBLEM: Record<CodeProblem, ParseKeys<'workshop'>> = {
  'not-a-code': 'collect.problems.not-a-code',
  'too-long': 'collect.problems.too-long',
  altered: 'collect.problems.altered',
  'other-version': 'collect.problems.other-version',
  'other-exercise': 'collect.problems.other-exercise',
  'other-framework': 'collect.problems.other-framework',
  'wrong-count': 'collect.problems.wrong-count',
  'off-scale': 'collect.problems.off-scale',
  'notes-too-long': 'collect.problems.notes-too-long',
  'unasked-notes': 'collect.problems.unasked-notes',
};
