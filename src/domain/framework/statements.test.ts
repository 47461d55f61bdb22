import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWER } from '../assessment/model.ts';
import { progressOf, scopedItemIds, scopeOf } from '../assessment/scope.ts';
import { assessmentResults } from '../results/gaps.ts';
import { loadFramework } from './loader.ts';
import type { Framework } from './schema.ts';
import { frameworkItems, isRated, itemsById } from './statements.ts';
import { summarizeFramework } from './summary.ts';

// A section with statements to rate around a group shown as text (ways of working to avoid).
const yaml = (rated: string) => `format: competency-framework/1
id: context-test
version: "1"
sourceLanguage: en
subject: organisation
title: Context
sections:
  - id: S1
    title: First
    groups:
      - id: do
        kind: criterion
        items:
          - { id: do-1, text: we plan together }
      - id: avoid
        kind: criterion
        rated: ${rated}
        title: Our work is to be told apart from
        items:
          - { id: avoid-1, text: unstructured work }
          - { id: avoid-2, text: parallel work }
      - id: also
        kind: criterion
        items:
          - { id: do-2, text: we evaluate together }
  - id: S2
    title: Only text
    groups:
      - id: goals
        kind: criterion
        rated: false
        items:
          - { id: goal-1, text: better access }
`;

function load(text: string): Framework {
  const result = loadFramework(text, 'context.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.framework;
}

const fw = load(yaml('false'));

describe('a group shown as text, not rated (rated: false)', () => {
  it('is part of the format; another value than true or false is refused where it stands', () => {
    expect(fw.sections[0]?.groups[1]?.rated).toBe(false);
    expect(load(yaml('true')).sections[0]?.groups[1]?.rated).toBe(true);
    const result = loadFramework(yaml('"no"'), 'context.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ line: 17, path: 'sections[0].groups[1].rated' });
  });

  it('refuses a framework in which nothing is rated', () => {
    const result = loadFramework(
      yaml('false').replaceAll(
        'kind: criterion\n        items',
        'kind: criterion\n        rated: false\n        items',
      ),
      'x.yaml',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['nothing-to-rate']);
  });

  it('has no statements to rate, but its items stay known by id', () => {
    expect(isRated({})).toBe(true);
    expect(frameworkItems(fw).map((i) => i.id)).toEqual(['do-1', 'do-2']);
    expect([...itemsById(fw).keys()]).toEqual(['do-1', 'avoid-1', 'avoid-2', 'do-2', 'goal-1']);
    const summary = summarizeFramework(fw);
    expect(summary.statements).toBe(2);
    expect(summary.sections.map((s) => s.statements)).toEqual([2, 0]);
  });

  it('is shown in its place in the scope, with no statement of its own; a section of text only is left out', () => {
    const scope = scopeOf(fw, { sections: [], level: null });
    expect(scope.map((s) => s.section.id)).toEqual(['S1']);
    expect(scope[0]?.groups.map((g) => [g.group.id, g.items.length])).toEqual([
      ['do', 1],
      ['avoid', 0],
      ['also', 1],
    ]);
    expect(scopedItemIds(scope)).toEqual(['do-1', 'do-2']);
  });

  it('does not count in progress or results, and an answer stored on it is kept, not counted', () => {
    const answers = {
      'do-1': { ...EMPTY_ANSWER, current: 1, target: 3 },
      'avoid-1': { ...EMPTY_ANSWER, current: 4, target: 4 },
    };
    const scope = scopeOf(fw, { sections: [], level: null });
    expect(progressOf(scopedItemIds(scope), answers)).toEqual({ rated: 1, total: 2 });
    const results = assessmentResults(fw, { sections: [], level: null, answers });
    expect(results.statements.map((s) => s.itemId)).toEqual(['do-1', 'do-2']);
    expect(results.overall.meanCurrent).toBe(1);
    expect(answers['avoid-1'].current).toBe(4);
  });
});
