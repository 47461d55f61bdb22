// Choosing what to rate, on the real packages of tests/fixtures/case-real: the default is what
// the import does with no choice; a grade or a statement type gives known numbers; the count the
// add panel shows (from the outline, on the main thread) is the framework's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.ts';
import { type CaseChoice, caseOptions, choiceFor } from './caseChoice.ts';
import { caseCounts, toFramework } from './caseFramework.ts';
import { caseToFramework } from './caseImport.ts';
import { readCase } from './caseRead.ts';
import { buildTree } from './caseTree.ts';

const load = (name: string): string => readFileSync(`tests/fixtures/case-real/${name}.json`, 'utf8');
const NAMES = [
  'opensalt-sample-export',
  'opensalt-test-framework',
  'opensalt-smart-level',
  'common-core-math',
  'smarter-balanced-math',
  'smarter-balanced-hs-math',
  'smarter-balanced-item-types',
];

function framework(name: string, choice?: CaseChoice) {
  const result = caseToFramework(load(name), `${name}.json`, choice);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
}
const groupsOf = (f: Framework) => f.sections.flatMap((s) => s.groups);
const statementsOf = (f: Framework) => groupsOf(f).flatMap((g) => g.items);
const counts = (f: Framework) => ({
  sections: f.sections.length,
  groups: groupsOf(f).length,
  statements: statementsOf(f).length,
});

describe('choosing what to rate in a CASE package', () => {
  it('offers the item types in reading order and the grades in school order; by default the leaves are rated', () => {
    const choices = framework('common-core-math').choices;
    expect(choices?.options.types.map((t) => [t.type, t.items])).toEqual([
      ['', 6],
      ['Standard', 393],
      ['Domain', 33],
      ['Cluster', 147],
      ['Component', 124],
    ]);
    expect(choices?.options.grades.map((g) => g.grade)).toEqual([
      'KG',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
    ]);
    expect(choices?.options.defaults.statementTypes).toEqual(['Standard', 'Component']);
    expect(choices?.choice).toEqual(choices?.options.defaults);
  });

  it('asks nothing of a package with one item type and no grades', () => {
    expect(framework('opensalt-test-framework').choices).toBeUndefined();
    expect(framework('opensalt-smart-level').choices).toBeUndefined();
  });

  it.each(NAMES)('%s: the default choice gives the framework the import gives with none', (name) => {
    const read = readCase(JSON.parse(load(name)));
    if (!read.ok) throw new Error('not read');
    const defaults = caseOptions(buildTree(read.pkg)).defaults;
    const plain = toFramework(read.pkg, [], { extensions: true });
    expect(toFramework(read.pkg, [], { extensions: true, choice: defaults })).toEqual(plain);
  });

  it('Common Core, grade 7 only: 5 sections, 16 groups, 37 statements, all of grade 7', () => {
    const all = framework('common-core-math');
    const options = all.choices?.options;
    if (!options) throw new Error('no choices');
    const result = framework('common-core-math', { ...options.defaults, grades: ['07'] });
    expect(counts(result.framework)).toEqual({ sections: 5, groups: 16, statements: 37 });
    for (const s of statementsOf(result.framework)) expect(s.id).toMatch(/^CCSS\.Math\.Content\.7\./);
    // Only what the choice left out is noted as such, with the full list.
    const left = result.notes.find((n) => n.code === 'left-out-grade');
    expect(left?.items.length).toBe(646); // the 57 kept: the statements and the headings above them
  });

  it('Common Core, clusters rated: 147 statements, each with its standards as its description', () => {
    const text = load('common-core-math');
    const options = framework('common-core-math').choices?.options;
    if (!options) throw new Error('no choices');
    const result = framework('common-core-math', { ...options.defaults, statementTypes: ['Cluster'] });
    expect(counts(result.framework)).toEqual({ sections: 16, groups: 33, statements: 147 });
    const cluster = statementsOf(result.framework).find((s) => s.id === 'CCSS.Math.Content.1.NBT.A');
    expect(cluster?.text.en).toBe('Extend the counting sequence.');
    expect(cluster?.description?.en).toMatch(/^CCSS\.Math\.Content\.1\.NBT\.A\.1 Count to 120/);
    // Every standard and component text is still in the framework (in a cluster's description),
    // except those under the practice standards, a heading with no cluster below (noted).
    const shown = statementsOf(result.framework)
      .map((s) => `${s.text.en}\n${s.description?.en ?? ''}`)
      .join('\n');
    const pkg = JSON.parse(text) as { CFItems: { fullStatement: string; CFItemType?: string }[] };
    const missing = pkg.CFItems.filter(
      (i) =>
        (i.CFItemType === 'Standard' || i.CFItemType === 'Component') && !shown.includes(i.fullStatement),
    );
    const noted = result.notes.find((n) => n.code === 'left-out-type')?.items ?? [];
    expect(missing.length).toBe(8);
    for (const m of missing) expect(noted.some((n) => n.includes(m.fullStatement.slice(0, 60)))).toBe(true);
  });

  it.each(NAMES)('%s: the count from the outline is the framework’s, for each choice', (name) => {
    const { choices } = framework(name);
    if (!choices) return;
    const { defaults, grades, types } = choices.options;
    const tries: CaseChoice[] = [
      defaults,
      ...grades.slice(0, 3).map((g) => ({ ...defaults, grades: [g.grade] })),
      ...types.map((t) => ({ ...defaults, statementTypes: [t.type] })),
    ];
    for (const choice of tries) {
      const expected = caseCounts(choices.outline, choice);
      const result = caseToFramework(load(name), `${name}.json`, choice);
      if (result.ok) expect(counts(result.framework)).toEqual(expected);
      else expect(expected.statements).toBe(0);
    }
  });

  it('finds the choice an earlier version was added with from its statements (so a newer one keeps them)', () => {
    const defaults = framework('common-core-math');
    const choices = defaults.choices;
    if (!choices) throw new Error('no choices');
    const ids = (f: Framework) => new Set(statementsOf(f).map((s) => s.id));
    const chosen = { statementTypes: ['Cluster'], grades: ['07'] };
    const earlier = framework('common-core-math', chosen).framework;
    expect(choiceFor(choices.outline, ids(earlier), choices.options)).toEqual(chosen);
    expect(choiceFor(choices.outline, ids(defaults.framework), choices.options)).toEqual(
      choices.options.defaults,
    );
    expect(choiceFor(choices.outline, new Set(['not-here']), choices.options)).toBeNull();
  });
});
