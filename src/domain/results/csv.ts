// One row per statement, for spreadsheets: UTF-8 with a byte order mark (so
// Excel reads the letters right), quoting by papaparse.
import Papa from 'papaparse';
import type { Assessment } from '../assessment/model.ts';
import { scopeOf } from '../assessment/scope.ts';
import { localize } from '../framework/localize.ts';
import type { Framework } from '../framework/schema.ts';
import { statementResults } from './gaps.ts';

export interface CsvLabels {
  header: [string, string, string, string, string, string, string, string, string, string];
  yes: string;
  no: string;
}

export function assessmentCsv(fw: Framework, a: Assessment, language: string, labels: CsvLabels): string {
  const text = (t: Record<string, string>) => localize(t, language, fw.sourceLanguage).text;
  const frameworkTitle = text(fw.title);
  const scope = scopeOf(fw, a);
  const items = new Map(
    scope.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => [i.id, { s, g, i }] as const))),
  );
  const rows = statementResults(scope, a.answers).map((r) => {
    const where = items.get(r.itemId);
    const groupTitle = where?.g.group.title ? text(where.g.group.title) : (where?.g.group.id ?? r.groupId);
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
  return `\uFEFF${Papa.unparse({ fields: labels.header, data: rows }, { quotes: false, newline: '\r\n', escapeFormulae: true })}\r\n`;
}
