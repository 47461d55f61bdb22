// The room's results for spreadsheets: one row per result and statement, no
// alias. Results in the order of their random ids (arrival is not kept), UTF-8
// with a byte order mark, quoting by papaparse (as results/csv.ts).
import Papa from 'papaparse';
import type { Exercise, ExerciseLayout } from './exercise.ts';
import type { WorkshopResult } from './resultCode.ts';

export interface GroupCsvLabels {
  header: [string, string, string, string, string, string, string];
  yes: string;
  no: string;
}

export function groupCsv(
  exercise: Pick<Exercise, 'id'>,
  layout: ExerciseLayout,
  results: readonly WorkshopResult[],
  labels: GroupCsvLabels,
): string {
  const sectionOf = new Map(layout.scope.flatMap((s) => s.itemIds.map((id) => [id, s.section.id] as const)));
  const rows = [...results]
    .sort((a, b) => (a.resultId < b.resultId ? -1 : a.resultId > b.resultId ? 1 : 0))
    .flatMap((r) =>
      layout.itemIds.map((itemId, i) => {
        const rating = r.ratings[i];
        return [
          exercise.id,
          r.resultId,
          sectionOf.get(itemId) ?? '',
          itemId,
          rating?.current ?? '',
          rating?.target ?? '',
          rating?.notApplicable ? labels.yes : labels.no,
        ];
      }),
    );
  return `\uFEFF${Papa.unparse({ fields: labels.header, data: rows }, { quotes: false, newline: '\r\n', escapeFormulae: true })}\r\n`;
}
