// One row per statement, for spreadsheets: UTF-8 with a byte order mark (so
// Excel reads the letters right), quoting by papaparse. The separator follows
// the language: a semicolon where the decimal separator is a comma (fi, sv,
// nl, nb), as spreadsheets set to those languages expect, a comma elsewhere.
import Papa from 'papaparse';
import type { Assessment } from '../assessment/model.ts';
import { scopeOf } from '../assessment/scope.ts';
import { localize } from '../framework/localize.ts';
import type { Framework, GroupKind } from '../framework/schema.ts';
import { statementResults } from './gaps.ts';

export interface CsvLabels {
  header: [string, string, string, string, string, string, string, string, string, string];
  yes: string;
  no: string;
  /** Names a group without a title of its own by its kind (knowledge, skills, criteria). */
  kinds: Record<GroupKind, string>;
}

export type CsvSeparator = ',' | ';';

/** A semicolon where `language` writes decimals with a comma, a comma otherwise. */
export function csvSeparator(language: string): CsvSeparator {
  let decimal = '.';
  try {
    decimal =
      new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // An unknown language tag: the comma, as in English.
  }
  return decimal === ',' ? ';' : ',';
}

export function assessmentCsv(
  fw: Framework,
  a: Assessment,
  language: string,
  labels: CsvLabels,
  separator: CsvSeparator = csvSeparator(language),
): string {
  const text = (t: Record<string, string>) => localize(t, language, fw.sourceLanguage).text;
  const frameworkTitle = text(fw.title);
  const scope = scopeOf(fw, a);
  const items = new Map(
    scope.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => [i.id, { s, g, i }] as const))),
  );
  const rows = statementResults(scope, a.answers).map((r) => {
    const where = items.get(r.itemId);
    const groupTitle = where?.g.group.title ? text(where.g.group.title) : labels.kinds[r.kind];
    return [
      frameworkTitle,
      where ? `${where.s.section.id} ${text(where.s.section.title)}` : r.sectionId,
      groupTitle,
      r.itemId,
      where ? text(where.i.text) : '',
      r.current ?? '',
      r.target ?? '',
      r.gap ?? '',
      r.status === 'not-applicable' ? labels.yes : labels.no,
      r.note,
    ];
  });
  const body = Papa.unparse(
    { fields: labels.header, data: rows },
    { quotes: false, delimiter: separator, newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}
