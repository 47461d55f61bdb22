// Reading an exported file back: untrusted text, size-limited, positions in
// messages, every field checked, statement ids checked against the framework;
// sections, level, ratings and the plan's statements checked against the framework's;
// the feedback collected for them checked by feedback/importedFeedback.ts; an id that
// names an object's built-ins (`__proto__`, as the stored data's restore refuses: model.ts)
// refused; all or nothing.
import * as z from 'zod/mini';
import { type FileFeedback, feedbackFileFields, feedbackFindings } from '../feedback/importedFeedback.ts';
import { duplicateIds } from '../files/duplicateIds.ts';
import type { Finding } from '../framework/checks.ts';
import { scaleOf } from '../framework/defaultScale.ts';
import { problem, readDocument } from '../framework/document.ts';
import type { Problem } from '../framework/problems.ts';
import type { Framework } from '../framework/schema.ts';
import { findingsFromIssue } from '../framework/schemaFindings.ts';
import { itemsById } from '../framework/statements.ts';
import { badDays, planSchema } from '../plan/plan.ts';
import { ASSESSMENT_FILE_FORMAT, MAX_ASSESSMENTS, MAX_IMPORT_BYTES } from './assessmentFile.ts';
import { type Assessment, assessmentFields, isPrototypeKey } from './model.ts';
import { scopedItemIds, scopeOf } from './scope.ts';

const fileSchema = z.object({
  format: z.literal(ASSESSMENT_FILE_FORMAT),
  appVersion: z.optional(z.string().check(z.maxLength(40))),
  exportedAt: z.optional(z.string().check(z.maxLength(40))),
  frameworks: z.optional(
    z
      .array(z.object({ id: z.string().check(z.maxLength(200)), version: z.string().check(z.maxLength(40)) }))
      .check(z.maxLength(MAX_ASSESSMENTS)),
  ),
  assessments: z
    .array(z.object({ ...assessmentFields, plan: z._default(z.nullable(planSchema), null) }))
    .check(z.minLength(1), z.maxLength(MAX_ASSESSMENTS)),
  ...feedbackFileFields,
});

/** The file's assessments, and the feedback collected for them (none in a file saved before it travelled). */
export type ImportResult =
  | { ok: true; assessments: Assessment[]; feedback: FileFeedback }
  | { ok: false; problems: Problem[] };

/** Where an assessment does not fit its framework: statements, sections, level, ratings off the scale. */
function misfits(a: Assessment, index: number, fw: Framework): Finding[] {
  const at = (...path: (string | number)[]) => ['assessments', index, ...path];
  const framework = a.frameworkId;
  const findings: Finding[] = [];
  const known = itemsById(fw);
  const sections = new Set(fw.sections.map((s) => s.id));
  for (const [i, id] of a.sections.entries()) {
    if (!sections.has(id))
      findings.push({ path: at('sections', i), code: 'unknown-section', params: { id, framework } });
  }
  const levels = (fw.levels ?? []).map((l) => l.id);
  if (a.level !== null && !levels.includes(a.level)) {
    findings.push({
      path: at('level'),
      code: 'unknown-variant-level',
      params: { level: a.level, framework, known: levels.join(', ') || '–' },
    });
  }
  for (const path of a.plan ? badDays(a.plan) : [])
    findings.push({ path: at('plan', ...path), code: 'wrong-format', params: { format: 'other' } });
  const planned = new Map<string, number>();
  // A plan holds statements rated in the assessment: not one shown as text, nor one outside its sections.
  const plannable = new Set(scopedItemIds(scopeOf(fw, a)));
  for (const [i, { itemId: id }] of (a.plan?.items ?? []).entries()) {
    const path = at('plan', 'items', i, 'itemId');
    const first = planned.get(id);
    if (first !== undefined)
      findings.push({
        path,
        code: 'duplicate-id',
        params: { id },
        relatedPath: at('plan', 'items', first, 'itemId'),
      });
    else if (!known.has(id)) findings.push({ path, code: 'unknown-statement', params: { id, framework } });
    else if (!plannable.has(id)) findings.push({ path, code: 'unplannable-statement', params: { id } });
    planned.set(id, first ?? i);
  }
  const scale = scaleOf(fw).map((step) => step.value);
  const allowed = scale.join(', ');
  for (const [itemId, answer] of Object.entries(a.answers)) {
    if (!known.has(itemId)) {
      findings.push({
        path: at('answers', itemId),
        code: 'unknown-statement',
        params: { id: itemId, framework },
      });
      continue;
    }
    for (const field of ['current', 'target'] as const) {
      const value = answer[field];
      if (value !== null && !scale.includes(value)) {
        findings.push({
          path: at('answers', itemId, field),
          code: 'not-on-scale',
          params: { value, framework, allowed },
        });
      }
    }
  }
  return findings;
}

/**
 * A saved file refused by its size alone, before it is read (so a huge file is never
 * loaded): the problem, or null when it may be read. `parseImport` holds its text to the same limit.
 */
export function refusedBySize(size: number, fileName: string): Problem | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return problem(fileName, { line: 1, col: 1 }, [], 'file-too-large', { size, limit: MAX_IMPORT_BYTES });
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
  const { assessments, feedbackRequests, feedbackResults } = parsed.data;
  const firstIndex = duplicateIds(
    assessments.map((a) => a.id),
    'assessments',
    'id',
    findings,
  );
  const byId = new Map([...firstIndex].map(([id, index]) => [id, assessments[index] as Assessment]));
  for (const [index, a] of assessments.entries()) {
    // An id is a key of the stored data: `__proto__` would be lost there, `constructor` set aside.
    if (isPrototypeKey(a.id))
      findings.push({ path: ['assessments', index, 'id'], code: 'reserved-id', params: { id: a.id } });
    const fw = frameworkOf(a.frameworkId);
    if (!fw) {
      findings.push({
        path: ['assessments', index, 'frameworkId'],
        code: 'unknown-framework',
        params: { id: a.frameworkId },
      });
      continue;
    }
    findings.push(...misfits(a, index, fw));
  }
  const feedback = { feedbackRequests, feedbackResults };
  const sectionsOf = (id: string) => frameworkOf(id)?.sections.map((s) => s.id);
  findings.push(...feedbackFindings(feedback, byId, sectionsOf));
  if (findings.length) return { ok: false, problems: read.toProblems(findings) };
  return { ok: true, assessments, feedback };
}
