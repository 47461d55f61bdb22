import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarySchema } from './added.ts';
import { loadFramework } from './loader.ts';
import { statementsAtLevel, summarizeFramework } from './summary.ts';

describe('summarizeFramework', () => {
  it('counts statements and sections and lists the complete languages, source first', () => {
    const result = loadFramework(readFileSync('tests/fixtures/minimal.yaml', 'utf8'), 'minimal.yaml');
    if (!result.ok) throw new Error('fixture invalid');
    const summary = summarizeFramework(result.framework);
    expect(summary.statements).toBe(1);
    expect(summary.sections).toEqual([
      { id: 'S1', title: { en: 'First section', fi: 'Ensimmäinen osio' }, statements: 1, byLevel: { '': 1 } },
    ]);
    // fi is only in one text, so the framework is complete in en alone.
    expect(summary.languages).toEqual(['en']);
  });

  it('counts the statements of a section at a cumulative level', () => {
    const result = loadFramework(readFileSync('frameworks/samenwerken.yaml', 'utf8'), 'samenwerken.yaml');
    if (!result.ok) throw new Error('seed invalid');
    const summary = summarizeFramework(result.framework);
    const [first, second] = summary.sections;
    if (!first || !second) throw new Error('two sections expected');
    expect([null, 'basis', 'plus1', 'plus2'].map((l) => statementsAtLevel(summary, first, l))).toEqual([
      9, 5, 8, 9,
    ]);
    expect([null, 'basis', 'plus1', 'plus2'].map((l) => statementsAtLevel(summary, second, l))).toEqual([
      10, 0, 7, 10,
    ]);
  });

  it('keeps a level’s description, also in the stored summary of an added framework', () => {
    const text = readFileSync('frameworks/samenwerken.yaml', 'utf8').replace(
      '  - id: plus1\n',
      '  - id: plus1\n    description:\n      nl: Met de plusvragen.\n      en: With the plus questions.\n',
    );
    const result = loadFramework(text, 'samenwerken.yaml');
    if (!result.ok) throw new Error('seed invalid');
    const summary = summarizeFramework(result.framework);
    const described = { nl: 'Met de plusvragen.', en: 'With the plus questions.' };
    expect(summary.levels.map((l) => l.description)).toEqual([undefined, described, undefined]);
    const stored = summarySchema.safeParse(JSON.parse(JSON.stringify(summary)));
    expect(stored.success && stored.data.levels[1]?.description).toEqual(described);
  });
});
