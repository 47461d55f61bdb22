// The room's results for spreadsheets: one row per result and statement, no
// alias, each statement named by its id and its text (as results/csv.ts does).
// Rows are one participant's answers, so the file is offered only from the
// anonymity threshold on (`enoughToShow`, the group picture's rule). Results
// in the order of their random ids (arrival is not kept), UTF-8 with a byte
// order mark, quoting by papaparse (as results/csv.ts).
import Papa from 'papaparse';
import { localize } from '../framework/localize.ts';
import { type JoinLabel, statementLabel } from '../framework/statementLabel.ts';
import type { Exercise, ExerciseLayout } from './exercise.ts';
import { enoughToShow } from './groupPicture.ts';
import type { WorkshopResult } from './resultCode.ts';

export interface GroupCsvLabels {
  /** exercise, result id, section, statement id, statement, current, target, not applicable */
  header: [string, string, string, string, string, string, string, string];
  yes: string;
  no: string;
  /** Names a statement too short to stand alone with its group's title (`statementLabel`). */
  join: JoinLabel;
}

/** Whether the room's CSV, one participant's answers a row, may be given: as many results as the group picture needs. */
export function groupCsvOffered(exercise: Pick<Exercise, 'threshold'>, results: number): boolean {
  return enoughToShow(results, exercise.threshold);
}

/** The CSV, or null below the anonymity threshold. */
export function groupCsv(
  exercise: Pick<Exercise, 'id' | 'threshold'>,
  layout: ExerciseLayout,
  results: readonly WorkshopResult[],
  labels: GroupCsvLabels,
  language: string,
  sourceLanguage: string,
): string | null {
  if (!groupCsvOffered(exercise, results.length)) return null;
  const text = (t: Record<string, string>) => localize(t, language, sourceLanguage).text;
  const where = new Map(
    layout.scope.flatMap((s) =>
      s.groups.flatMap((g) =>
        g.items.map((i) => [
          i.id,
          {
            section: `${s.section.id} ${text(s.section.title)}`,
            statement: statementLabel(i, g.group, language, sourceLanguage, labels.join),
          },
        ]),
      ),
    ),
  );
  const sectionOf = new Map(layout.scope.flatMap((s) => s.itemIds.map((id) => [id, s.section.id] as const)));
  const rows = [...results]
    .sort((a, b) => (a.resultId < b.resultId ? -1 : a.resultId > b.resultId ? 1 : 0))
    .flatMap((r) =>
      layout.itemIds.map((itemId, i) => {
        const rating = r.ratings[i];
        return [
          exercise.id,
          r.resultId,
          where.get(itemId)?.section ?? sectionOf.get(itemId) ?? '',
          itemId,
          where.get(itemId)?.statement ?? '',
          rating?.current ?? '',
          rating?.target ?? '',
          rating?.notApplicable ? labels.yes : labels.no,
        ];
      }),
    );
  return `\uFEFF${Papa.unparse({ fields: labels.header, data: rows }, { quotes: false, newline: '\r\n', escapeFormulae: true })}\r\n`;
}
