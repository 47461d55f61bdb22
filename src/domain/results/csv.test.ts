import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAssessment, EMPTY_ANSWER } from '../assessment/model.ts';
import { loadFramework } from '../framework/loader.ts';
import { assessmentCsv, type CsvLabels, csvSeparator } from './csv.ts';

const loaded = loadFramework(readFileSync('frameworks/guidance-competences.yaml', 'utf8'), 'g.yaml');
if (!loaded.ok) throw new Error('fixture');
const fw = loaded.framework;
const labels: CsvLabels = {
  header: [
    'Framework',
    'Section',
    'Group',
    'Statement id',
    'Statement',
    'Now',
    'Goal',
    'Gap',
    'Not applicable',
    'Note',
  ],
  yes: 'yes',
  no: 'no',
  kinds: { knowledge: 'Knowledge', skill: 'Skills', criterion: 'Criteria' },
  join: (group, text) => `${group}: ${text}`,
};
const parse = (csv: string, delimiter = ';') =>
  Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n', delimiter });

describe('CSV export', () => {
  const a = {
    ...createAssessment(
      { frameworkId: fw.id, frameworkVersion: '1', title: 'T', sections: ['C3.1'] },
      1,
      'a',
    ),
    answers: {
      'C3.1-k1': { ...EMPTY_ANSWER, current: 1, target: 3, note: 'Said "yes", then\nasked, again' },
      'C3.1-k2': { ...EMPTY_ANSWER, notApplicable: true, note: '=HYPERLINK("x")' },
    },
  };
  const csv = assessmentCsv(fw, a, 'fi', labels);

  it('starts with a byte order mark and has one row per statement', () => {
    expect(csv.startsWith('\uFEFFFramework;Section;')).toBe(true);
    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(17);
  });

  it('quotes commas, quotes and new lines so they read back unchanged', () => {
    const rows = parse(csv).data;
    expect(rows[1]).toEqual([
      'Ohjauksen ammattilaisten osaamiskuvaukset',
      'C3.1 Moniammatillinen verkostoyhteistyö',
      expect.any(String),
      'C3.1-k1',
      expect.stringContaining('taustatekij'),
      '1',
      '3',
      '2',
      'no',
      'Said "yes", then\nasked, again',
    ]);
  });

  it('defuses notes that a spreadsheet would run as formulas', () => {
    const rows = parse(csv).data;
    expect(rows[2]?.slice(5)).toEqual(['', '', '', 'yes', '\'=HYPERLINK("x")']);
  });

  it('separates with a semicolon where the language writes decimals with a comma, a comma in English', () => {
    expect(['fi', 'sv', 'nl', 'nb'].map(csvSeparator)).toEqual([';', ';', ';', ';']);
    expect(csvSeparator('en')).toBe(',');
    expect(csvSeparator('not a language tag')).toBe(',');
    const en = assessmentCsv(fw, a, 'en', labels);
    expect(en.startsWith('\uFEFFFramework,Section,')).toBe(true);
    expect(parse(en, ',').data[1]?.slice(3, 8)).toEqual(['C3.1-k1', expect.any(String), '1', '3', '2']);
    expect(assessmentCsv(fw, a, 'fi', labels, ',').startsWith('\uFEFFFramework,')).toBe(true);
  });

  it('names a group without a title by its kind, never by its id', () => {
    const untitled = structuredClone(fw);
    const group = untitled.sections.find((s) => s.id === 'C3.1')?.groups[0];
    if (!group) throw new Error('fixture');
    delete group.title;
    const rows = parse(assessmentCsv(untitled, a, 'fi', labels)).data;
    expect(rows[1]?.[2]).toBe('Knowledge');
  });

  it("names a statement of a word or two with its group's title", () => {
    const nav = loadFramework(readFileSync('frameworks/navigator-criteria.yaml', 'utf8'), 'n.yaml');
    if (!nav.ok) throw new Error('fixture');
    const b = createAssessment(
      { frameworkId: 'navigator-criteria', frameworkVersion: '1', title: 'N' },
      1,
      'b',
    );
    const rows = parse(assessmentCsv(nav.framework, b, 'en', labels), ',').data;
    const row = (id: string) => rows.find((r) => r[3] === id)?.[4];
    expect(row('nav-sysselsattning')).toMatch(/^The Navigator .+: Employment$/);
    expect(row('nav-specialkompetens-avtalade-tider')).toBe('Specialist competence at agreed times');
  });
});
