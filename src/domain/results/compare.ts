// Two assessments of the same framework side by side: change per section and
// per statement. Statements only one of them covers are listed, not dropped.
import type { Assessment } from '../assessment/model.ts';
import { scopeOf } from '../assessment/scope.ts';
import type { Framework } from '../framework/schema.ts';
import { itemsById } from '../framework/statements.ts';
import { type Aggregate, aggregate, type StatementResult, statementResults } from './gaps.ts';

export interface StatementChange {
  itemId: string;
  sectionId: string;
  before: StatementResult;
  after: StatementResult;
  /** after.current - before.current when both are rated. */
  change: number | null;
}

export interface Comparison {
  sections: { sectionId: string; before: Aggregate; after: Aggregate; change: number | null }[];
  statements: StatementChange[];
  /** Statements answered in the earlier assessment that the framework no longer has. */
  removed: string[];
  /** Statements of the later assessment that the earlier one did not cover. */
  added: string[];
  versionChanged: boolean;
}

export function compareAssessments(fw: Framework, before: Assessment, after: Assessment): Comparison {
  const scopeAfter = scopeOf(fw, after);
  const scopeBefore = scopeOf(fw, before);
  const resultsAfter = statementResults(scopeAfter, after.answers);
  const resultsBefore = new Map(statementResults(scopeBefore, before.answers).map((r) => [r.itemId, r]));
  const known = itemsById(fw);

  const statements: StatementChange[] = [];
  const added: string[] = [];
  for (const r of resultsAfter) {
    const b = resultsBefore.get(r.itemId);
    if (!b) {
      added.push(r.itemId);
      continue;
    }
    const change = r.status === 'rated' && b.status === 'rated' ? (r.current ?? 0) - (b.current ?? 0) : null;
    statements.push({ itemId: r.itemId, sectionId: r.sectionId, before: b, after: r, change });
  }
  const sections = scopeAfter.map(({ section }) => {
    const inSection = statements.filter((s) => s.sectionId === section.id);
    const b = aggregate(inSection.map((s) => s.before));
    const a = aggregate(inSection.map((s) => s.after));
    return {
      sectionId: section.id,
      before: b,
      after: a,
      change: a.meanCurrent !== null && b.meanCurrent !== null ? a.meanCurrent - b.meanCurrent : null,
    };
  });
  return {
    sections,
    statements,
    removed: Object.keys(before.answers).filter((id) => !known.has(id)),
    added,
    versionChanged:
      before.frameworkVersion !== after.frameworkVersion || before.frameworkVersion !== fw.version,
  };
}
