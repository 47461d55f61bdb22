import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAssessment, EMPTY_ANSWER } from '../assessment/model.ts';
import { loadFramework } from '../framework/loader.ts';
import { assessmentCsv, type CsvLabels } from './csv.ts';

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
};

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
    expect(csv.startsWith('\uFEFFFramework,Section,')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(17);
  });

  it('quotes commas, quotes and new lines so they read back unchanged', () => {
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
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
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
    expect(rows[2]?.slice(5)).toEqual(['', '', '', 'yes', '\'=HYPERLINK("x")']);
  });
});
