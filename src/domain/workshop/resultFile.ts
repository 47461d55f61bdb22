// A participant's result as a file: the result code in a small JSON wrapper,
// for handing back by e-mail, chat or a shared folder. The trainer's app reads
// many at once; the code inside is then checked like a typed one.
import { normalize } from './base32.ts';

export const RESULT_FILE_FORMAT = 'competency-workshop-result/1';
/** A feedback rater's result (domain/feedback): the same wrapper, so one reader takes both. */
export const FEEDBACK_FILE_FORMAT = 'competency-feedback-result/1';
/** A result file is a few hundred characters; anything far larger is not one. */
export const MAX_RESULT_FILE_CHARS = 64 * 1024;

export type ResultFileRead =
  | { ok: true; code: string }
  | { ok: false; problem: 'too-large' | 'not-json' | 'other-format' | 'no-code' };

/** The file's text for a code (as shown, with or without dashes). */
export function writeResultFile(code: string, format = RESULT_FILE_FORMAT): string {
  return `${JSON.stringify({ format, code: normalize(code) ?? code }, null, 2)}\n`;
}

/**
 * Reads a result file's text. Never throws; the code it returns is only
 * normalized (upper case, no dashes): `decodeResult` checks it against the exercise.
 */
export function readResultFile(text: string): ResultFileRead {
  if (text.length > MAX_RESULT_FILE_CHARS) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: 'other-format' };
  const { format, code } = data as Record<string, unknown>;
  if (format !== RESULT_FILE_FORMAT && format !== FEEDBACK_FILE_FORMAT)
    return { ok: false, problem: 'other-format' };
  const normalized = typeof code === 'string' ? normalize(code) : null;
  if (!normalized) return { ok: false, problem: 'no-code' };
  return { ok: true, code: normalized };
}

/** A file name for a result: the exercise's id and the result's, so that many files never collide. */
export function resultFileName(exerciseId: string, resultId: string): string {
  return `${namePrefix(exerciseId)}${resultId.toLowerCase()}.json`;
}

const namePrefix = (exerciseId: string) => `result-${exerciseId.toLowerCase()}-`;

/** The exercise among `exerciseIds` that a result file's name names (resultFileName; a copy's "(1)" allowed), or null. */
export function exerciseOfResultFile(fileName: string, exerciseIds: readonly string[]): string | null {
  const name = fileName.toLowerCase();
  return exerciseIds.find((id) => name.startsWith(namePrefix(id))) ?? null;
}
