// One row per statement, for spreadsheets: UTF-8 with a byte order mark (so
// Excel reads the letters right), quoting by papaparse. The separator follows
// the language: a semicolon where the decimal separator is a comma (fi, sv,
// nl, nb), as spreadsheets set to those languages expect, a comma elsewhere.
import Papa from 'papaparse';
import type { Assessment } from '../assessment/model.ts';
import { scopeOf } from '../assessment/scope.ts';
import { localize } from '../framework/localize.ts';
import type { Framework, GroupKind } from '../framework/schema.ts';
import { type JoinLabel, statementLabel } from '../framework/statementLabel.ts';
import type { PlanItem } from '../plan/planTypes.ts';
import { statementResults } from './gaps.ts';

export interface CsvLabels {
  header: [string, string, string, string, string, string, string, string, string, string];
  yes: string;
  no: string;
  /** Names a group without a title of its own by its kind (knowledge, skills, criteria). */
  kinds: Record<GroupKind, string>;
  /** Names a statement too short to stand alone with its group's title (`statementLabel`). */
  join: JoinLabel;
  /** The development plan's columns (what, support, by when, how it shows), added when there is a plan. */
  plan?: [string, string, string, string];
  /** The others' view's columns (median, range, raters, goal), added when there is feedback (feedback/othersCsv.ts). */
  others?: { header: [string, string, string, string]; columns(itemId: string): (string | number)[] };
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

const planColumns = (item: PlanItem | undefined) =>
  item ? [item.action, item.support, item.due ?? '', item.evidence] : ['', '', '', ''];

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
  const planned =
    labels.plan && a.plan?.items.length ? new Map(a.plan.items.map((i) => [i.itemId, i])) : null;
  const rows = statementResults(scope, a.answers).map((r) => {
    const where = items.get(r.itemId);
    const groupTitle = where?.g.group.title ? text(where.g.group.title) : labels.kinds[r.kind];
    return [
      frameworkTitle,
      where ? `${where.s.section.id} ${text(where.s.section.title)}` : r.sectionId,
      groupTitle,
      r.itemId,
      where ? statementLabel(where.i, where.g.group, language, fw.sourceLanguage, labels.join) : '',
      r.current ?? '',
      r.target ?? '',
      r.gap ?? '',
      r.status === 'not-applicable' ? labels.yes : labels.no,
      r.note,
      ...(planned ? planColumns(planned.get(r.itemId)) : []),
      ...(labels.others?.columns(r.itemId) ?? []),
    ];
  });
  const fields = [
    ...labels.header,
    ...(planned && labels.plan ? labels.plan : []),
    ...(labels.others?.header ?? []),
  ];
  const body = Papa.unparse(
    { fields, data: rows },
    { quotes: false, delimiter: separator, newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}
