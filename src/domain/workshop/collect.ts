// What a trainer pastes or drops to collect results: codes in text (one or
// many per line, separated by spaces, commas or semicolons; a code typed in
// spaced groups of four is read as one), and result files.
import { readResultFile } from './resultFile.ts';

/** A result file, or a text file of codes, is never larger than this. */
export const MAX_RESULT_FILE_BYTES = 512 * 1024;
/** Codes read from one paste or file at most. */
export const MAX_CODES = 10_000;

/** The shortest code there is (header and check), in characters without separators. */
const MIN_CODE = 30;

/** The codes in a text, in order; empty pieces left out. */
export function splitCodes(text: string): string[] {
  const codes: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const pieces = line.split(/[\s,;]+/).filter(Boolean);
    if (!pieces.length) continue;
    // "ABCD EFGH …": every piece too short to be a code, but together long enough.
    const joined = pieces.join('');
    if (
      pieces.length > 1 &&
      pieces.every((p) => p.replace(/-/g, '').length < MIN_CODE) &&
      joined.length >= MIN_CODE
    )
      codes.push(pieces.join('-'));
    else codes.push(...pieces);
  }
  return codes;
}

export type FileCodes =
  | { ok: true; codes: string[] }
  | { ok: false; problem: 'too-large' | 'not-a-result-file' };

/**
 * The codes in a dropped or picked file: a result file (resultFile.ts: JSON
 * with its format and one code), or plain text with codes. Never throws.
 */
export function codesInFile(text: string): FileCodes {
  if (text.length > MAX_RESULT_FILE_BYTES) return { ok: false, problem: 'too-large' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const file = readResultFile(trimmed);
    if (file.ok) return { ok: true, codes: [file.code] };
    return { ok: false, problem: file.problem === 'too-large' ? 'too-large' : 'not-a-result-file' };
  }
  const codes = splitCodes(trimmed);
  if (codes.length > MAX_CODES) return { ok: false, problem: 'too-large' };
  return codes.length ? { ok: true, codes } : { ok: false, problem: 'not-a-result-file' };
}
