// An exercise with its results as one file, to open on another device:
// {"format":"competency-workshop/1","exercise":{...},"results":["code", ...]}.
// Reading is all or nothing: the file is checked against the schema, its size
// and number of results are limited, and every code is read against the exercise.
import { type Exercise, type ExerciseLayout, exerciseSchema } from './exercise.ts';
import { type CodeProblem, decodeResult, type WorkshopResult } from './resultCode.ts';

export const WORKSHOP_FILE_FORMAT = 'competency-workshop/1';
export const MAX_WORKSHOP_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_RESULTS = 10_000;
const MAX_CODE_CHARS = 20_000;

export function writeWorkshopFile(exercise: Exercise, codes: readonly string[]): string {
  return `${JSON.stringify({ format: WORKSHOP_FILE_FORMAT, exercise, results: [...codes].sort() }, null, 2)}\n`;
}

export type WorkshopFileProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-a-workshop-file' }
  | { kind: 'bad-exercise'; path: string }
  | { kind: 'too-many-results'; count: number }
  | { kind: 'bad-result'; index: number };

export type WorkshopFile =
  | { ok: true; exercise: Exercise; codes: string[] }
  | { ok: false; problem: WorkshopFileProblem };

/** The exercise and the codes of a workshop file, checked for shape. Never throws. */
export function readWorkshopFile(text: string): WorkshopFile {
  if (text.length > MAX_WORKSHOP_FILE_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: { kind: 'not-a-workshop-file' } };
  const file = data as Record<string, unknown>;
  if (file.format !== WORKSHOP_FILE_FORMAT || !Array.isArray(file.results))
    return { ok: false, problem: { kind: 'not-a-workshop-file' } };
  const parsed = exerciseSchema.safeParse(file.exercise);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return { ok: false, problem: { kind: 'bad-exercise', path } };
  }
  const results: unknown[] = file.results;
  if (results.length > MAX_FILE_RESULTS)
    return { ok: false, problem: { kind: 'too-many-results', count: results.length } };
  const bad = results.findIndex((c) => typeof c !== 'string' || c.length > MAX_CODE_CHARS);
  if (bad >= 0) return { ok: false, problem: { kind: 'bad-result', index: bad } };
  return { ok: true, exercise: parsed.data, codes: results as string[] };
}

export type CheckedCodes =
  | { ok: true; results: { code: string; result: WorkshopResult }[] }
  | { ok: false; index: number; problem: CodeProblem };

/** Every code read against the exercise; the first one that does not read names the file's problem. */
export function checkCodes(
  exercise: Pick<Exercise, 'id' | 'notes'>,
  layout: ExerciseLayout,
  codes: readonly string[],
): CheckedCodes {
  const results: { code: string; result: WorkshopResult }[] = [];
  for (const [index, code] of codes.entries()) {
    const decoded = decodeResult(code, exercise, layout);
    if (!decoded.ok) return { ok: false, index, problem: decoded.problem };
    results.push({ code, result: decoded.result });
  }
  return { ok: true, results };
}
