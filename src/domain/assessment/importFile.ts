// Reading an exported file back: untrusted text, size-limited, positions in
// messages, every field checked, statement ids checked against the framework;
// all or nothing.
import * as z from 'zod/mini';
import type { Finding } from '../framework/checks.ts';
import { readDocument } from '../framework/document.ts';
import type { Problem } from '../framework/problems.ts';
import type { Framework } from '../framework/schema.ts';
import { findingsFromIssue } from '../framework/schemaFindings.ts';
import { EXCHANGE_FORMAT, MAX_ASSESSMENTS, MAX_IMPORT_BYTES } from './exchange.ts';
import { type Assessment, assessmentSchema } from './model.ts';

const fileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  appVersion: z.optional(z.string().check(z.maxLength(40))),
  exportedAt: z.optional(z.string().check(z.maxLength(40))),
  frameworks: z.optional(
    z
      .array(z.object({ id: z.string().check(z.maxLength(200)), version: z.string().check(z.maxLength(40)) }))
      .check(z.maxLength(MAX_ASSESSMENTS)),
  ),
  assessments: z.array(assessmentSchema).check(z.minLength(1), z.maxLength(MAX_ASSESSMENTS)),
});

export type ImportResult = { ok: true; assessments: Assessment[] } | { ok: false; problems: Problem[] };

/** Statement ids of an assessment that its framework does not have. */
function unknownStatements(a: Assessment, fw: Framework): string[] {
  const known = new Set(fw.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id))));
  return Object.keys(a.answers).filter((id) => !known.has(id));
}

/**
 * Reads an export file. `frameworkOf` gives the framework an assessment refers
 * to (or undefined when this app does not have it).
 */
export function parseImport(
  text: string,
  fileName: string,
  frameworkOf: (id: string) => Framework | undefined,
): ImportResult {
  const read = readDocument(text, fileName, MAX_IMPORT_BYTES);
  if (!read.ok) return read;
  const parsed = fileSchema.safeParse(read.data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: read.toProblems(parsed.error.issues.flatMap((i) => findingsFromIssue(i, read.data))),
    };
  }
  const findings: Finding[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, a] of parsed.data.assessments.entries()) {
    const first = firstIndex.get(a.id);
    if (first !== undefined) {
      findings.push({
        path: ['assessments', index, 'id'],
        code: 'duplicate-id',
        params: { id: a.id },
        relatedPath: ['assessments', first, 'id'],
      });
    } else firstIndex.set(a.id, index);
    const fw = frameworkOf(a.frameworkId);
    if (!fw) {
      findings.push({
        path: ['assessments', index, 'frameworkId'],
        code: 'unknown-framework',
        params: { id: a.frameworkId },
      });
      continue;
    }
    for (const itemId of unknownStatements(a, fw)) {
      findings.push({
        path: ['assessments', index, 'answers', itemId],
        code: 'unknown-statement',
        params: { id: itemId, framework: a.frameworkId },
      });
    }
  }
  if (findings.length) return { ok: false, problems: read.toProblems(findings) };
  return { ok: true, assessments: parsed.data.assessments };
}
