import { describe, expect, it } from 'vitest';
import { createAssessment, EMPTY_ANSWER } from '../assessment/model.ts';
import { loadFramework } from '../framework/loader.ts';
import { compareAssessments } from './compare.ts';

const loaded = loadFramework(
  `
format: competency-framework/1
id: t
version: "2"
sourceLanguage: en
subject: individual
title: T
sections:
  - { id: A, title: A, groups: [{ id: g, kind: skill, items: [{ id: a1, text: x }, { id: a2, text: x }] }] }
  - { id: B, title: B, groups: [{ id: g, kind: skill, items: [{ id: b1, text: x }] }] }
`,
  't.yaml',
);
if (!loaded.ok) throw new Error('fixture');
const fw = loaded.framework;
const r = (current: number, target: number) => ({ ...EMPTY_ANSWER, current, target });

describe('comparing two assessments', () => {
  const before = {
    ...createAssessment(
      { frameworkId: 't', frameworkVersion: '1', title: 'Before', sections: ['A'] },
      1,
      'x',
    ),
    answers: { a1: r(1, 3), a2: r(2, 3), gone: r(1, 2) },
  };
  const after = {
    ...createAssessment({ frameworkId: 't', frameworkVersion: '2', title: 'After' }, 2, 'y'),
    answers: { a1: r(3, 3), a2: r(2, 4), b1: r(1, 1) },
  };
  const c = compareAssessments(fw, before, after);

  it('gives the change per statement and per section', () => {
    expect(c.statements.map((s) => [s.itemId, s.change])).toEqual([
      ['a1', 2],
      ['a2', 0],
    ]);
    expect(c.sections.find((s) => s.sectionId === 'A')).toMatchObject({ change: 1 });
  });

  it('lists statements one side lacks instead of dropping them', () => {
    expect(c.added).toEqual(['b1']);
    expect(c.removed).toEqual(['gone']);
    expect(c.versionChanged).toBe(true);
  });
});
