// loadFramework: YAML (or JSON) text in, a typed framework or a list of
// problems out, each with file, line and column. It never throws.
import { checkFramework } from './checks.ts';
import { problem, readDocument } from './document.ts';
import type { Problem } from './problems.ts';
import { type Framework, LIMITS, makeFrameworkSchema } from './schema.ts';
import { findingsFromIssue } from './schemaFindings.ts';

export type LoadResult = { ok: true; framework: Framework } | { ok: false; problems: Problem[] };

function sourceLanguageOf(data: unknown): string {
  const value =
    data && typeof data === 'object' ? (data as Record<string, unknown>).sourceLanguage : undefined;
  return typeof value === 'string' ? value : 'und';
}

export function loadFramework(text: string, fileName: string): LoadResult {
  if (typeof text !== 'string') {
    return {
      ok: false,
      problems: [problem(fileName, { line: 1, col: 1 }, [], 'unreadable', { detail: 'not text' })],
    };
  }
  const read = readDocument(text, fileName, LIMITS.fileBytes);
  if (!read.ok) return read;
  try {
    const result = makeFrameworkSchema(sourceLanguageOf(read.data)).safeParse(read.data);
    if (!result.success) {
      return {
        ok: false,
        problems: read.toProblems(result.error.issues.flatMap((i) => findingsFromIssue(i, read.data))),
      };
    }
    const findings = checkFramework(result.data);
    if (findings.length) return { ok: false, problems: read.toProblems(findings) };
    return { ok: true, framework: result.data };
  } catch {
    return {
      ok: false,
      problems: [problem(fileName, { line: 1, col: 1 }, [], 'unreadable', { detail: 'unexpected content' })],
    };
  }
}
