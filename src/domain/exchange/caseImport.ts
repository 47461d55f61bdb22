// A 1EdTech CASE package read and checked as a framework: JSON read with the
// JSON parser, the package read leniently (caseRead.ts), made a framework
// (caseFramework.ts, with the user's choice of what to rate), and that
// framework checked like any other; problems named by path, never a throw.
import { checkFramework } from '../framework/checks.ts';
import { readDocument } from '../framework/document.ts';
import type { Problem } from '../framework/problems.ts';
import { type Framework, LIMITS, makeFrameworkSchema } from '../framework/schema.ts';
import { findingsFromIssue } from '../framework/schemaFindings.ts';
import { type CaseChoice, type CaseChoices, caseOptions, caseOutline, worthChoosing } from './caseChoice.ts';
import { toFramework } from './caseFramework.ts';
import { type CaseNote, type CasePackage, type Refusal, readCase } from './caseRead.ts';
import { buildTree } from './caseTree.ts';

export type { CaseNote } from './caseRead.ts';
export { looksLikeCase } from './caseRead.ts';

export type CaseImportResult =
  | {
      ok: true;
      framework: Framework;
      notes: CaseNote[];
      /** Where the package has more than one item type or grade: what can be chosen. */
      choices?: CaseChoices;
    }
  | { ok: false; problems: Problem[] };

/** Parses JSON with the JSON parser; null when it is not JSON. */
function parseJson(text: string): { data: unknown } | null {
  try {
    return { data: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch {
    return null;
  }
}

/** Problems with positions: the file read again with positions kept, where its size allows. */
function positioned(text: string, fileName: string, refusal: Refusal): Problem[] {
  const read = readDocument(text, fileName, LIMITS.fileBytes);
  if (read.ok) return read.toProblems([refusal]);
  return [
    {
      file: fileName,
      line: 1,
      col: 1,
      path: refusal.path.join('.'),
      code: refusal.code,
      params: refusal.params,
      message: refusal.code,
    },
  ];
}

function frameworkFrom(pkg: CasePackage, notes: CaseNote[], extensions: boolean, choice?: CaseChoice) {
  const treeNotes: CaseNote[] = [];
  const candidate = toFramework(pkg, treeNotes, { extensions, ...(choice ? { choice } : {}) });
  const language = (candidate as { sourceLanguage: string }).sourceLanguage;
  const result = makeFrameworkSchema(language).safeParse(candidate);
  const findings = result.success
    ? checkFramework(result.data)
    : result.error.issues.flatMap((i) => findingsFromIssue(i, candidate));
  return { result, findings, candidate, notes: [...notes, ...treeNotes] };
}

export function caseToFramework(text: string, fileName: string, choice?: CaseChoice): CaseImportResult {
  const parsed = parseJson(text);
  if (!parsed) {
    // Not JSON: the document reader says where (it reads YAML, a superset).
    const read = readDocument(text, fileName, LIMITS.fileBytes);
    if (!read.ok) return read;
    return caseDataToFramework(read.data, text, fileName, choice);
  }
  return caseDataToFramework(parsed.data, text, fileName, choice);
}

/** Reads a package as a framework, with what to rate chosen (none: the default). */
export function caseDataToFramework(
  data: unknown,
  text: string,
  fileName: string,
  choice?: CaseChoice,
): CaseImportResult {
  const read = readCase(data);
  if (!read.ok) return { ok: false, problems: positioned(text, fileName, read.refusal) };
  const options = caseOptions(buildTree(read.pkg));
  const chosen = worthChoosing(options) ? (choice ?? options.defaults) : undefined;
  let attempt = frameworkFrom(read.pkg, read.notes, true, chosen);
  if (attempt.findings.length && (read.pkg.doc.extension || read.pkg.items.some((i) => i.extension)))
    attempt = frameworkFrom(read.pkg, read.notes, false, chosen);
  const { result, findings } = attempt;
  if (!result.success || findings.length) {
    // Problems of the framework it would become: named by path in the framework, at the file's start.
    const read = readDocument('{}', fileName, LIMITS.fileBytes);
    const problems = read.ok ? read.toProblems(findings.map((f) => ({ ...f, path: [] }))) : [];
    return {
      ok: false,
      problems: problems.map((p, n) => {
        const path = findings[n]?.path.join('.') ?? '';
        return { ...p, path, message: `${path}: ${p.message}` };
      }),
    };
  }
  const choices = chosen && {
    options,
    outline: caseOutline(read.pkg),
    choice: chosen,
    framework: result.data.id,
  };
  return { ok: true, framework: result.data, notes: attempt.notes, ...(choices ? { choices } : {}) };
}
