// A choice of a framework's sections at a variant level, as the start form and
// the workshop exercise form make it: what is stored (every section chosen is
// stored as none listed, so that the choice follows the framework's sections),
// how many statements it covers, and why it cannot be started.
import { type CatalogSummary, statementsAtLevel } from './summary.ts';

type Summary = Pick<CatalogSummary, 'levels' | 'sections'>;

/** The sections a choice offers: those with something to rate (a section of text only is not offered). */
export function offeredSections<S extends { statements: number }>(sections: readonly S[]): S[] {
  return sections.filter((s) => s.statements > 0);
}

/** The sections to store: none listed when every section is chosen, else the chosen ones in the framework's order. */
export function sectionsToStore(
  summary: Pick<CatalogSummary, 'sections'>,
  chosen: readonly string[],
): string[] {
  const wanted = new Set(chosen);
  const ids = offeredSections(summary.sections).map((s) => s.id);
  return ids.every((id) => wanted.has(id)) ? [] : ids.filter((id) => wanted.has(id));
}

/** The statements the chosen sections hold at `level` (null: all levels). */
export function chosenStatements(summary: Summary, chosen: readonly string[], level: string | null): number {
  const wanted = new Set(chosen);
  return summary.sections.reduce(
    (n, s) => (wanted.has(s.id) ? n + statementsAtLevel(summary, s, level) : n),
    0,
  );
}

export type ChoiceProblem = 'noSections' | 'noStatements';

/** Why the choice holds nothing to rate: no section chosen, or none with a statement at the level; null when it holds some. */
export function choiceProblem(
  summary: Summary,
  chosen: readonly string[],
  level: string | null,
): ChoiceProblem | null {
  if (!offeredSections(summary.sections).some((s) => chosen.includes(s.id))) return 'noSections';
  return chosenStatements(summary, chosen, level) === 0 ? 'noStatements' : null;
}
