// A participant's result as a short code, for typing, reading aloud or a small
// QR code. Crockford base32 throughout:
//   1            format version
//   XXXXXXXX     exercise id
//   XXXXXXXX     result id (random, so that a code counts once)
//   XX           fingerprint of the exercise's statements and scale
//   XXX          the number of statements
//   …            the ratings, packed by position: each statement one digit of a
//                number in base (steps + 1)² + 1 (nothing, not applicable, or a
//                current and a target level, either of which may be missing)
//   XXX …        the notes' length in bytes, then the notes (only when the exercise asks for them)
//   XXXX         check: a Luhn character (catches any one mistyped character and
//                any swap of neighbours) and a 15-bit hash of the rest
import type { Answer } from '../assessment/model.ts';
import {
  charsForBytes,
  decodeBytes,
  decodeNumber,
  encodeBytes,
  encodeNumber,
  hashChars,
  luhnChar,
  normalize,
  randomChars,
} from './base32.ts';
import type { Exercise, ExerciseLayout } from './exercise.ts';

export const CODE_VERSION = '1';
export const RESULT_ID_LENGTH = 8;
/** Notes in a code, in UTF-8 bytes: past this the result file carries them. */
export const MAX_NOTE_BYTES = 2000;
const MAX_CODE_CHARS = 20_000;

/** One statement's rating as a result carries it. */
export interface Rating {
  current: number | null;
  target: number | null;
  notApplicable: boolean;
}

export interface WorkshopResult {
  exerciseId: string;
  resultId: string;
  /** By position in the exercise's statement list. */
  ratings: Rating[];
  /** By position; only where a note was written and the exercise asked for notes. */
  notes: Record<number, string>;
}

export type CodeProblem =
  | 'not-a-code'
  | 'too-long'
  | 'altered'
  | 'other-version'
  | 'other-exercise'
  | 'other-framework'
  | 'wrong-count'
  | 'off-scale'
  | 'notes-too-long'
  | 'unasked-notes';

export type DecodeResult = { ok: true; result: WorkshopResult } | { ok: false; problem: CodeProblem };

const statesOf = (layout: ExerciseLayout) => BigInt((layout.scale.length + 1) ** 2 + 1);

/** Characters the ratings of `count` statements take. */
function payloadChars(count: number, states: bigint): number {
  const max = states ** BigInt(count) - 1n;
  return Math.max(1, Math.ceil(max.toString(2).length / 5));
}

function stateOf(r: Rating, scale: readonly number[]): bigint {
  if (r.notApplicable) return 1n;
  const c = r.current === null ? 0 : scale.indexOf(r.current) + 1;
  const t = r.target === null ? 0 : scale.indexOf(r.target) + 1;
  if ((r.current !== null && c === 0) || (r.target !== null && t === 0))
    throw new RangeError('a rating off the scale');
  return c === 0 && t === 0 ? 0n : BigInt(1 + c * (scale.length + 1) + t);
}

function ratingOf(state: bigint, scale: readonly number[]): Rating | null {
  const nothing = { current: null, target: null, notApplicable: false };
  if (state === 0n) return nothing;
  if (state === 1n) return { ...nothing, notApplicable: true };
  const n = Number(state) - 1;
  const c = Math.floor(n / (scale.length + 1));
  const t = n % (scale.length + 1);
  if (c > scale.length) return null;
  return {
    current: c === 0 ? null : (scale[c - 1] ?? null),
    target: t === 0 ? null : (scale[t - 1] ?? null),
    notApplicable: false,
  };
}

function varint(n: number, out: number[]): void {
  let rest = n;
  while (rest >= 128) {
    out.push((rest & 127) | 128);
    rest >>>= 7;
  }
  out.push(rest);
}

function encodeNotes(notes: Record<number, string>): Uint8Array {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const [index, text] of Object.entries(notes)) {
    const utf8 = encoder.encode(text);
    varint(Number(index), bytes);
    varint(utf8.length, bytes);
    bytes.push(...utf8);
  }
  return Uint8Array.from(bytes);
}

function decodeNotes(bytes: Uint8Array, count: number): Record<number, string> | null {
  const notes: Record<number, string> = {};
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  const read = (): number | null => {
    let n = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = bytes[i++];
      if (b === undefined) return null;
      n |= (b & 127) << shift;
      if (b < 128) return n;
    }
    return null;
  };
  while (i < bytes.length) {
    const index = read();
    const length = read();
    if (index === null || length === null || index >= count || i + length > bytes.length) return null;
    try {
      notes[index] = decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return null;
    }
    i += length;
  }
  return notes;
}

/** The ratings of an assessment's answers, in the exercise's order. */
export function ratingsOf(layout: ExerciseLayout, answers: Record<string, Answer>): Rating[] {
  return layout.itemIds.map((itemId) => {
    const a = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
    const onScale = (v: number | null | undefined) =>
      v !== null && v !== undefined && layout.scale.includes(v) ? v : null;
    return {
      current: onScale(a?.current),
      target: onScale(a?.target),
      notApplicable: a?.notApplicable ?? false,
    };
  });
}

/** The result code; null when the notes are too long for a code (the file then carries them). */
export function encodeResult(
  exercise: Pick<Exercise, 'id' | 'notes'>,
  layout: ExerciseLayout,
  ratings: readonly Rating[],
  notes: Record<number, string> = {},
  resultId = randomChars(RESULT_ID_LENGTH),
): string | null {
  const states = statesOf(layout);
  let packed = 0n;
  for (const r of ratings) packed = packed * states + stateOf(r, layout.scale);
  const noteBytes = exercise.notes ? encodeNotes(notes) : new Uint8Array();
  if (noteBytes.length > MAX_NOTE_BYTES) return null;
  const body = [
    CODE_VERSION,
    exercise.id,
    resultId,
    layout.fingerprint,
    encodeNumber(BigInt(ratings.length), 3),
    encodeNumber(packed, payloadChars(ratings.length, states)),
    encodeNumber(BigInt(noteBytes.length), 3),
    encodeBytes(noteBytes),
  ].join('');
  return body + luhnChar(body) + hashChars(body);
}

/** A code as people read it: in groups of four. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * Reads a code back against the exercise it must belong to. Never throws;
 * a code can never carry more than the exercise asked for. `labelled`: the
 * code may carry one note past the last statement (a feedback rater's name or role).
 */
export function decodeResult(
  typed: string,
  exercise: Pick<Exercise, 'id' | 'notes'>,
  layout: ExerciseLayout,
  labelled = false,
): DecodeResult {
  if (typed.length > MAX_CODE_CHARS) return { ok: false, problem: 'too-long' };
  const code = normalize(typed);
  if (!code || code.length < 30) return { ok: false, problem: 'not-a-code' };
  const body = code.slice(0, -4);
  if (code.slice(-4) !== luhnChar(body) + hashChars(body)) return { ok: false, problem: 'altered' };
  if (body[0] !== CODE_VERSION) return { ok: false, problem: 'other-version' };
  const exerciseId = body.slice(1, 9);
  if (exerciseId !== exercise.id) return { ok: false, problem: 'other-exercise' };
  if (body.slice(17, 19) !== layout.fingerprint) return { ok: false, problem: 'other-framework' };
  const count = Number(decodeNumber(body.slice(19, 22)));
  if (count !== layout.itemIds.length) return { ok: false, problem: 'wrong-count' };
  const states = statesOf(layout);
  const size = payloadChars(count, states);
  let packed = decodeNumber(body.slice(22, 22 + size));
  const noteLength = Number(decodeNumber(body.slice(22 + size, 25 + size)));
  const noteText = body.slice(25 + size);
  if (noteLength > 0 && !exercise.notes) return { ok: false, problem: 'unasked-notes' };
  if (noteLength > MAX_NOTE_BYTES) return { ok: false, problem: 'notes-too-long' };
  if (noteText.length !== charsForBytes(noteLength)) return { ok: false, problem: 'not-a-code' };
  if (packed >= states ** BigInt(count)) return { ok: false, problem: 'off-scale' };
  const ratings: Rating[] = new Array(count);
  for (let i = count - 1; i >= 0; i--) {
    const rating = ratingOf(packed % states, layout.scale);
    if (!rating) return { ok: false, problem: 'off-scale' };
    ratings[i] = rating;
    packed /= states;
  }
  const notes = decodeNotes(decodeBytes(noteText, noteLength), labelled ? count + 1 : count);
  if (!notes) return { ok: false, problem: 'not-a-code' };
  return { ok: true, result: { exerciseId, resultId: body.slice(9, 17), ratings, notes } };
}
