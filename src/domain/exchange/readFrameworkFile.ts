// A file as a user hands it in, recognised by what it holds: our framework
// format (YAML or JSON), a 1EdTech CASE package (converted, and kept in our
// format), or a saved assessment file (sent to where those are opened).
// Never throws.

import { ASSESSMENT_FILE_FORMAT } from '../assessment/assessmentFile.ts';
import { LIMITS } from '../framework/limits.ts';
import { loadFramework } from '../framework/loader.ts';
import { formatMessage, type Problem } from '../framework/problems.ts';
import type { Framework } from '../framework/schema.ts';
import type { CaseChoice, CaseChoices } from './caseChoice.ts';
import { type CaseNote, caseDataToFramework, looksLikeCase } from './caseImport.ts';

export type FrameworkFileResult =
  | {
      ok: true;
      framework: Framework;
      /** The text to keep: the file itself, or a CASE package written in our format. */
      text: string;
      /** For a CASE package: what was guessed or left out, by kind (empty when nothing was). */
      caseNotes?: CaseNote[];
      /** For a CASE package with more than one item type or grade: what to rate can be chosen. */
      caseChoices?: CaseChoices;
    }
  | {
      ok: false;
      problems: Problem[];
      /** The file is not a framework but something the app opens elsewhere. */
      found?: 'assessment';
    };

/** JSON parsed once with the JSON parser (fast, also for a large CASE package); null when not JSON. */
function json(text: string): { data: unknown } | null {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  try {
    return { data: JSON.parse(body) };
  } catch {
    return null;
  }
}

const tooLarge = (file: string, size: number, limit: number): Problem => {
  const params = { size, limit };
  return {
    file,
    line: 1,
    col: 1,
    path: '',
    code: 'file-too-large',
    params,
    message: formatMessage('file-too-large', params),
  };
};

/** Reads a file; for a CASE package, `choice` says what to rate (none: the default). */
export function readFrameworkFile(text: string, fileName: string, choice?: CaseChoice): FrameworkFileResult {
  const parsed = json(text);
  const data = parsed?.data as Record<string, unknown> | undefined;
  if (data && typeof data === 'object' && data.format === ASSESSMENT_FILE_FORMAT) {
    return { ok: false, problems: [], found: 'assessment' };
  }
  if (parsed && looksLikeCase(parsed.data)) {
    const result = caseDataToFramework(parsed.data, text, fileName, choice);
    if (!result.ok) return result;
    // Kept as JSON (our format reads it): writing YAML takes seconds for a large package.
    const yaml = JSON.stringify(result.framework, null, 1);
    // The limit is on what the package becomes (kept in our format), not on its verbose JSON.
    if (yaml.length > LIMITS.fileBytes)
      return { ok: false, problems: [tooLarge(fileName, yaml.length, LIMITS.fileBytes)] };
    const choices = result.choices ? { caseChoices: result.choices } : {};
    return { ok: true, framework: result.framework, text: yaml, caseNotes: result.notes, ...choices };
  }
  const result = loadFramework(text, fileName);
  return result.ok ? { ok: true, framework: result.framework, text } : result;
}
