// What a participant hands back: the result code of their assessment, made
// against the exercise's statement list, and what is still unrated. The same
// result id every time, so the trainer's app replaces an earlier code.
import type { Assessment } from '../assessment/model.ts';
import { isAnswered } from '../assessment/scope.ts';
import type { Framework } from '../framework/schema.ts';
import { layoutOf } from './exercise.ts';
import { encodeResult, ratingsOf } from './resultCode.ts';

export interface HandBack {
  /** The code, without dashes; with the notes left out when they are too long for a code. */
  code: string;
  /** The exercise asked for notes and they did not fit: the code carries none. */
  notesLeftOut: boolean;
  /** The code carries at least one note on a statement: "your notes are in the code" only then. */
  notesIncluded: boolean;
  unrated: number;
  total: number;
}

/** The notes of an assessment, by position in the exercise's statement list. */
export function notesByPosition(
  itemIds: readonly string[],
  answers: Assessment['answers'],
): Record<number, string> {
  const notes: Record<number, string> = {};
  itemIds.forEach((itemId, i) => {
    const note = Object.hasOwn(answers, itemId) ? answers[itemId]?.note.trim() : '';
    if (note) notes[i] = note;
  });
  return notes;
}

/** The hand-back of an assessment made from a join link; null for any other assessment. */
export function handBackOf(
  fw: Framework,
  a: Pick<Assessment, 'sections' | 'level' | 'answers' | 'exercise'> & { frameworkVersion?: string },
): HandBack | null {
  if (!a.exercise) return null;
  const layout = layoutOf(fw, a);
  const ratings = ratingsOf(layout, a.answers);
  const exercise = { id: a.exercise.id, notes: a.exercise.notes };
  const notes = a.exercise.notes ? notesByPosition(layout.itemIds, a.answers) : {};
  let code = encodeResult(exercise, layout, ratings, notes, a.exercise.resultId);
  const notesLeftOut = code === null;
  code ??= encodeResult(exercise, layout, ratings, {}, a.exercise.resultId);
  if (code === null) return null;
  const unrated = layout.itemIds.filter((id) => !isAnswered(a.answers[id])).length;
  const notesIncluded = !notesLeftOut && Object.keys(notes).length > 0;
  return { code, notesLeftOut, notesIncluded, unrated, total: layout.itemIds.length };
}

/** The assessments already made for an exercise on this device, the latest first. */
export function joinedBefore<T extends Pick<Assessment, 'exercise' | 'updatedAt'>>(
  assessments: Record<string, T>,
  exerciseId: string,
): T[] {
  return Object.values(assessments)
    .filter((a) => a.exercise?.id === exerciseId)
    .sort((x, y) => y.updatedAt - x.updatedAt);
}
