// A workshop exercise as it is stored: what a trainer hands out (a framework,
// its sections and variant level, the language, a title and instructions),
// whether notes come back, and the anonymity threshold of the group picture.
// Apart from the layout (exercise.ts), so that the store, on the first page,
// needs neither the scope rules nor the default scale's texts.
import * as z from 'zod/mini';
import { randomChars } from './alphabet.ts';

export const EXERCISE_ID_LENGTH = 8;
/** Common practice in group surveys: 5 by default, never below 3. */
export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 1000;
export const MAX_TITLE = 200;
export const MAX_INSTRUCTIONS = 2000;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const time = z.int().check(z.nonnegative(), z.lte(8.64e15));

export const exerciseSchema = z.object({
  id: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{8}$/)),
  frameworkId: id,
  frameworkVersion: z.string().check(z.maxLength(40)),
  sections: z.array(id).check(z.maxLength(1000)),
  level: z.nullable(id),
  language: z.string().check(z.minLength(2), z.maxLength(30)),
  title: z.string().check(z.maxLength(MAX_TITLE)),
  instructions: z._default(z.string().check(z.maxLength(MAX_INSTRUCTIONS)), ''),
  notes: z._default(z.boolean(), false),
  threshold: z._default(z.int().check(z.gte(MIN_THRESHOLD), z.lte(MAX_THRESHOLD)), DEFAULT_THRESHOLD),
  createdAt: time,
  /** The exercise this one repeats ("before and after"). */
  previousId: z._default(z.nullable(z.string().check(z.maxLength(8))), null),
});

export type Exercise = z.output<typeof exerciseSchema>;

export type NewExercise = Omit<
  Exercise,
  'id' | 'createdAt' | 'previousId' | 'instructions' | 'notes' | 'threshold'
> &
  Partial<Pick<Exercise, 'instructions' | 'notes' | 'threshold' | 'previousId'>>;

export function createExercise(
  input: NewExercise,
  now: number,
  exerciseId = randomChars(EXERCISE_ID_LENGTH),
): Exercise {
  return {
    id: exerciseId,
    frameworkId: input.frameworkId,
    frameworkVersion: input.frameworkVersion,
    sections: [...input.sections],
    level: input.level,
    language: input.language,
    title: input.title.trim().slice(0, MAX_TITLE),
    instructions: (input.instructions ?? '').trim().slice(0, MAX_INSTRUCTIONS),
    notes: input.notes ?? false,
    threshold: Math.max(MIN_THRESHOLD, Math.round(input.threshold ?? DEFAULT_THRESHOLD)),
    createdAt: now,
    previousId: input.previousId ?? null,
  };
}
