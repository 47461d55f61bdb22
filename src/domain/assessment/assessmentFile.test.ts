import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../framework/loader.ts';
import type { Framework } from '../framework/schema.ts';
import { exportAssessments, serializeExport } from './assessmentFile.ts';
import { parseImport } from './importFile.ts';
import type { Assessment } from './model.ts';
import { scopedItemIds, scopeOf } from './scope.ts';

const loaded = loadFramework(readFileSync('frameworks/guidance-competences.yaml', 'utf8'), 'g.yaml');
if (!loaded.ok) throw new Error('fixture');
const fw: Framework = loaded.framework;
const itemIds = fw.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));
const frameworkOf = (id: string) => (id === fw.id ? fw : undefined);
const noFeedback = { feedbackRequests: {}, feedbackResults: {} };
const EMPTY_FILE_FEEDBACK = { feedbackRequests: [], feedbackResults: [] };

const level = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const answer = fc.record({
  current: level,
  target: level,
  notApplicable: fc.boolean(),
  note: fc.string({ maxLength: 200 }),
  updatedAt: time,
});
const day = fc.option(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);
const planItem = fc.record({
  itemId: fc.constantFrom(...itemIds),
  action: fc.string({ maxLength: 100 }),
  support: fc.string({ maxLength: 100 }),
  due: day,
  evidence: fc.string({ maxLength: 100 }),
});
const plan = fc.option(
  fc.record({
    items: fc.uniqueArray(planItem, { maxLength: 5, selector: (i) => i.itemId }),
    reviewDate: day,
    updatedAt: time,
  }),
  { nil: null },
);
const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    id: fc.uuid(),
    frameworkId: fc.constant(fw.id),
    frameworkVersion: fc.constant(fw.version),
    title: fc.string({ maxLength: 100 }),
    subjectName: fc.string({ maxLength: 50 }),
    sections: fc.subarray(['B3.3', 'C3.1']),
    level: fc.constant(null),
    answers: fc.dictionary(fc.constantFrom(...itemIds), answer, { maxKeys: 10 }),
    createdAt: time,
    metaUpdatedAt: time,
    updatedAt: time,
    completedAt: fc.option(time, { nil: null }),
    previousId: fc.option(fc.uuid(), { nil: null }),
    exercise: fc.constant(null),
    feedback: fc.constant(null),
    plan,
  })
  .map((a) => {
    // A plan holds statements the assessment rates (those of its sections).
    const rated = new Set(scopedItemIds(scopeOf(fw, a)));
    return a.plan ? { ...a, plan: { ...a.plan, items: a.plan.items.filter((i) => rated.has(i.itemId)) } } : a;
  });

describe('export and import of assessments', () => {
  it('is lossless: export then import gives the same assessments', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(assessment, { minLength: 1, maxLength: 5, selector: (a) => a.id }),
        (list) => {
          const text = serializeExport(exportAssessments(list, '0.1.0', 1_800_000_000_000, noFeedback));
          const result = parseImport(text, 'export.json', frameworkOf);
          expect(result).toEqual({ ok: true, assessments: list, feedback: EMPTY_FILE_FEEDBACK });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('names the framework and its version in the file', () => {
    const file = exportAssessments([], '0.1.0', 0, noFeedback);
    expect(file).toMatchObject({ format: 'competency-assessment/1', appVersion: '0.1.0', assessments: [] });
  });

  function problemsOf(text: string) {
    const result = parseImport(text, 'bad.json', frameworkOf);
    if (result.ok) throw new Error('expected problems');
    return result.problems.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`);
  }

  const valid = (patch: Record<string, unknown>) =>
    JSON.stringify(
      {
        format: 'competency-assessment/1',
        assessments: [
          {
            id: 'a',
            frameworkId: fw.id,
            frameworkVersion: '1',
            title: 'T',
            createdAt: 1,
            updatedAt: 1,
            answers: {},
            ...patch,
          },
        ],
      },
      null,
      2,
    );

  it('refuses wrong types, with line and column', () => {
    expect(problemsOf(valid({ answers: { 'C3.1-k1': { current: 'three' } } }))).toEqual([
      '13:22 assessments[0].answers.C3.1-k1.current: expected a number, found a text',
    ]);
  });

  it('refuses huge strings', () => {
    expect(problemsOf(valid({ title: 'x'.repeat(100_000) }))[0]).toMatch(
      /assessments\[0\]\.title: is 100000 characters long/,
    );
  });

  it('refuses statements the framework does not have', () => {
    expect(problemsOf(valid({ answers: { 'Z9.9-x': { current: 1 } } }))).toEqual([
      '12:19 assessments[0].answers.Z9.9-x: the statement "Z9.9-x" is not in the framework "guidance-competences"',
    ]);
  });

  it('refuses ratings off the framework’s scale, and sections and levels it does not have', () => {
    const problems = problemsOf(
      valid({
        sections: ['C3.1', 'Q7'],
        level: 'wizard',
        answers: { 'C3.1-k1': { current: 999, target: 4 } },
      }),
    );
    expect(problems.map((p) => p.replace(/^\d+:\d+ /, ''))).toEqual([
      'assessments[0].answers.C3.1-k1.current: the rating 999 is not on the scale of the framework "guidance-competences" (0, 1, 2, 3, 4)',
      'assessments[0].sections[1]: the section "Q7" is not in the framework "guidance-competences"',
      'assessments[0].level: the level "wizard" is not one of the levels of the framework "guidance-competences" (–)',
    ]);
  });

  it('checks the plan field by field: a day that is no day, a statement the framework does not have, one twice', () => {
    const item = (itemId: string) => ({ itemId, action: 'Read', support: '', due: null, evidence: '' });
    const problems = problemsOf(
      valid({
        plan: { items: [item('C3.1-k1'), item('Z9.9-x'), item('C3.1-k1')], reviewDate: '2027-02-30' },
      }),
    );
    expect(problems.map((p) => p.replace(/^\d+:\d+ /, ''))).toEqual([
      'assessments[0].plan.items[1].itemId: the statement "Z9.9-x" is not in the framework "guidance-competences"',
      expect.stringMatching(
        /^assessments\[0\]\.plan\.items\[2\]\.itemId: the id "C3.1-k1" is already used at line \d+/,
      ),
      'assessments[0].plan.reviewDate: has the wrong form',
    ]);
    expect(problemsOf(valid({ plan: { items: [{ ...item('C3.1-k1'), due: 'soon' }] } }))).toEqual([
      expect.stringMatching(/^\d+:\d+ assessments\[0\]\.plan\.items\[0\]\.due: /),
    ]);
  });

  it('refuses a plan’s statement the assessment does not rate: outside its sections, or shown as text', () => {
    const item = (itemId: string) => ({ itemId, action: '', support: '', due: null, evidence: '' });
    const outside = valid({ sections: ['C3.1'], plan: { items: [item('C3.1-k1'), item('B3.3-k1')] } });
    expect(problemsOf(outside).map((p) => p.replace(/^\d+:\d+ /, ''))).toEqual([
      'assessments[0].plan.items[1].itemId: the statement "B3.3-k1" is not rated in this assessment (it is shown as text, or is outside the assessment’s sections), so it cannot be in its plan',
    ]);
    // The same framework with B3.3's first group shown as text.
    const asText: Framework = {
      ...fw,
      sections: fw.sections.map((s) =>
        s.id === 'B3.3'
          ? { ...s, groups: s.groups.map((g, i) => (i === 0 ? { ...g, rated: false } : g)) }
          : s,
      ),
    };
    const result = parseImport(valid({ plan: { items: [item('B3.3-k1')] } }), 'f.json', () => asText);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['assessments[0].plan.items[0].itemId', 'unplannable-statement'],
    ]);
  });

  it('refuses frameworks this app does not have', () => {
    expect(problemsOf(valid({ frameworkId: 'elsewhere' }))[0]).toContain(
      'the framework "elsewhere" is not in this app',
    );
  });

  it('refuses other files', () => {
    expect(problemsOf('{"format": "competency-framework/1"}')).toContainEqual(
      '1:12 format: must be one of "competency-assessment/1"; found "competency-framework/1"',
    );
    expect(problemsOf('not json at all: [')[0]).toContain('not valid YAML');
    expect(problemsOf('')[0]).toContain('the file is empty');
  });
});
