// The others' view for spreadsheets: one row per statement, the own level
// beside the others' median, range, count and goal, and the named raters'
// levels. UTF-8 with a byte order mark, quoting by papaparse (as results/csv.ts).
import Papa from 'papaparse';
import { type CsvSeparator, csvSeparator } from '../results/csv.ts';
import type { OthersView } from './othersView.ts';

export interface OthersCsvLabels {
  /** Section, statement id, statement, own level, others' median, lowest, highest, raters, others' goal, named raters. */
  header: [string, string, string, string, string, string, string, string, string, string];
}

/** The others' columns of a statement in the results' CSV (results/csv.ts): median, range, raters, goal. */
export function othersColumns(view: OthersView, language: string): (itemId: string) => (string | number)[] {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false });
  const byItem = new Map(view.statements.map((s) => [s.itemId, s]));
  return (itemId) => {
    const s = byItem.get(itemId);
    const o = s?.others;
    return [
      o ? number.format(o.median) : '',
      o ? `${number.format(o.min)}-${number.format(o.max)}` : '',
      o?.n ?? 0,
      s?.othersTarget ? number.format(s.othersTarget.median) : '',
    ];
  };
}

export function othersCsv(
  view: OthersView,
  textOf: (itemId: string) => string,
  language: string,
  labels: OthersCsvLabels,
  separator: CsvSeparator = csvSeparator(language),
): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false });
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : number.format(v));
  const rows = view.statements.map((s) => [
    s.sectionId,
    s.itemId,
    textOf(s.itemId),
    n(s.self),
    n(s.others?.median),
    n(s.others?.min),
    n(s.others?.max),
    s.others?.n ?? 0,
    n(s.othersTarget?.median),
    s.named.map((r) => `${r.rater}: ${n(r.current)}`).join('; '),
  ]);
  const body = Papa.unparse(
    { fields: labels.header, data: rows },
    { quotes: false, delimiter: separator, newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}
