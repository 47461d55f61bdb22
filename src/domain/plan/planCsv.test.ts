// The plan's columns in the assessment's CSV.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAssessment, EMPTY_ANSWER } from '../assessment/model.ts';
import { loadFramework } from '../framework/loader.ts';
import { assessmentCsv, type CsvLabels } from '../results/csv.ts';

const loaded = loadFramework(readFileSync('frameworks/guidance-competences.yaml', 'utf8'), 'g.yaml');
if (!loaded.ok) throw new Error('fixture');
const fw = loaded.framework;
const labels: CsvLabels = {
  header: ['F', 'S', 'G', 'Id', 'Statement', 'Now', 'Goal', 'Gap', 'N/A', 'Note'],
  yes: 'yes',
  no: 'no',
  kinds: { knowledge: 'Knowledge', skill: 'Skills', criterion: 'Criteria' },
  join: (group, text) => `${group}: ${text}`,
  plan: ['What I will do', 'Support', 'By when', 'How I will know'],
};
const base = {
  ...createAssessment({ frameworkId: fw.id, frameworkVersion: '1', title: 'T', sections: ['C3.1'] }, 1, 'a'),
  answers: { 'C3.1-k1': { ...EMPTY_ANSWER, current: 1, target: 3 } },
};
const rows = (csv: string) =>
  Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n', delimiter: ',' }).data;

describe('the plan in the CSV', () => {
  it('adds the plan’s four columns, filled on its statements only', () => {
    const plan = {
      items: [
        {
          itemId: 'C3.1-k1',
          action: 'Shadow, then lead',
          support: 'Anna',
          due: '2027-02-15',
          evidence: 'Done',
        },
      ],
      reviewDate: '2027-03-01',
      updatedAt: 2,
    };
    const [header, k1, k2] = rows(assessmentCsv(fw, { ...base, plan }, 'en', labels));
    expect(header?.slice(10)).toEqual(['What I will do', 'Support', 'By when', 'How I will know']);
    expect(k1?.slice(3, 4)).toEqual(['C3.1-k1']);
    expect(k1?.slice(10)).toEqual(['Shadow, then lead', 'Anna', '2027-02-15', 'Done']);
    expect(k2?.slice(10)).toEqual(['', '', '', '']);
  });

  it('has no plan columns without a plan', () => {
    expect(rows(assessmentCsv(fw, base, 'en', labels))[0]).toHaveLength(10);
  });
});
