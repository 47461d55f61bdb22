// Real, public CASE packages (tests/fixtures/case-real, sources in its README): each read into a
// framework with the expected numbers and every text kept; variants made from them for the
// CFPackage wrapper, a cycle, a newer version (identity) and missing sequence numbers (order).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.ts';
import { readFrameworkFile } from './readFrameworkFile.ts';

type Pkg = {
  CFDocument: Record<string, unknown>;
  CFItems: Record<string, unknown>[];
  CFAssociations: Record<string, unknown>[];
};
const load = (name: string): string => readFileSync(`tests/fixtures/case-real/${name}.json`, 'utf8');

function read(text: string, name = 'package.json'): Framework & { notes: string[] } {
  const result = readFrameworkFile(text, name);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { ...result.framework, notes: (result.caseNotes ?? []).map((n) => n.code) };
}

/** Every text the framework shows, headings (titles, intros) and statements. */
function shown(f: Framework): string {
  return f.sections
    .flatMap((s) => [
      s.title.en,
      s.intro?.en,
      ...s.groups.flatMap((g) => [
        g.title?.en,
        g.intro?.en,
        ...g.items.flatMap((i) => [i.text.en, i.description?.en]),
      ]),
    ])
    .join('\u0000');
}
const statements = (f: Framework) => f.sections.flatMap((s) => s.groups.flatMap((g) => g.items));

const REAL = [
  // name, sections, groups, statements, items outside the tree (noted, not imported)
  ['opensalt-sample-export', 2, 5, 12, 0],
  ['opensalt-test-framework', 4, 12, 49, 0],
  ['opensalt-smart-level', 2, 2, 12, 0],
  ['common-core-math', 17, 194, 474, 0],
  ['smarter-balanced-math', 8, 101, 420, 14], // 15 items outside the tree, 14 of their texts nowhere else
  ['smarter-balanced-hs-math', 4, 29, 64, 0],
  ['smarter-balanced-item-types', 1, 2, 19, 0],
] as const;

describe('real CASE packages', () => {
  it.each(REAL)('%s: %i sections, %i groups, %i statements, every text kept', (name, s, g, n, outside) => {
    const text = load(name);
    const f = read(text, `${name}.json`);
    expect(f.sections.length).toBe(s);
    expect(f.sections.reduce((k, x) => k + x.groups.length, 0)).toBe(g);
    expect(statements(f).length).toBe(n);
    const all = shown(f);
    const pkg = JSON.parse(text) as Pkg;
    const lost = pkg.CFItems.map((i) => String(i.fullStatement)).filter((t) => !all.includes(t));
    expect(lost.length).toBe(outside);
    if (outside) expect(f.notes).toContain('outside-tree');
  });

  it('reads the CASE 1.1 download shape, wrapped in CFPackage, the same', () => {
    const text = load('opensalt-sample-export');
    const { notes: _a, ...plain } = read(text);
    const { notes: _b, ...wrapped } = read(JSON.stringify({ CFPackage: JSON.parse(text) }));
    expect(wrapped).toEqual(plain);
  });

  it('accepts what real exporters write: sequence numbers as text, null fields, three-letter languages', () => {
    const pkg = JSON.parse(load('opensalt-sample-export')) as Pkg;
    pkg.CFDocument.language = 'eng';
    pkg.CFDocument.description = null;
    for (const i of pkg.CFItems) i.notes = null;
    const f = read(JSON.stringify(pkg));
    expect(f.sourceLanguage).toBe('en');
    expect(f.notes).toEqual(expect.arrayContaining(['language-code', 'numbers-as-text']));
  });

  it('takes the version from the document, else its last change', () => {
    const pkg = JSON.parse(load('common-core-math')) as Pkg;
    expect(read(JSON.stringify(pkg)).version).toBe('2016-09-28T21:43:01');
    pkg.CFDocument.version = '2.1';
    expect(read(JSON.stringify(pkg)).version).toBe('2.1');
  });

  it('a newer version with one item removed and one reworded: no answer moves', () => {
    const text = load('common-core-math');
    const before = read(text);
    const pkg = JSON.parse(text) as Pkg;
    const leaves = statements(before);
    const removedText = leaves[10]?.text.en;
    const rewordedText = leaves[20]?.text.en;
    pkg.CFItems = pkg.CFItems.filter((i) => i.fullStatement !== removedText);
    const reworded = pkg.CFItems.find((i) => i.fullStatement === rewordedText);
    if (!reworded) throw new Error('no item to reword');
    reworded.fullStatement = 'Reworded in the newer version.';
    pkg.CFDocument.lastChangeDateTime = '2024-01-01T00:00:00';
    const after = read(JSON.stringify(pkg));
    expect(after.id).toBe(before.id);
    expect(after.version).not.toBe(before.version);
    // Answers are stored by statement id: each id still names the item it named before.
    const textOf = new Map(statements(after).map((i) => [i.id, i.text.en]));
    const moved = leaves.filter((i) => textOf.has(i.id) && textOf.get(i.id) !== i.text.en).map((i) => i.id);
    expect(moved).toEqual([leaves[20]?.id]);
    expect(leaves.filter((i) => !textOf.has(i.id)).map((i) => i.id)).toEqual([leaves[10]?.id]);
  });

  it('ids never come from positions: the same items in another order keep their ids', () => {
    const pkg = JSON.parse(load('opensalt-smart-level')) as Pkg;
    const ids = (p: Pkg) => new Map(statements(read(JSON.stringify(p))).map((i) => [i.text.en, i.id]));
    const before = ids(pkg);
    pkg.CFItems.reverse();
    pkg.CFAssociations.reverse();
    expect(ids(pkg)).toEqual(before);
  });

  it('orders by sequence number, else list enumeration, else code in natural order', () => {
    const pkg = JSON.parse(load('common-core-math')) as Pkg;
    for (const a of pkg.CFAssociations) delete a.sequenceNumber;
    pkg.CFItems.reverse();
    const f = read(JSON.stringify(pkg));
    const natural = new Intl.Collator('en', { numeric: true });
    const groups = f.sections.flatMap((s) => s.groups.map((g) => g.items.map((i) => i.id)));
    for (const ids of groups) expect(ids).toEqual([...ids].sort(natural.compare));
    // A.10 after A.9, not after A.1: the codes in natural order.
    const co = groups.find((ids) => ids.includes('CCSS.Math.Content.HSG-CO.C.10')) ?? [];
    expect(co).toEqual([
      'CCSS.Math.Content.HSG-CO.C.9',
      'CCSS.Math.Content.HSG-CO.C.10',
      'CCSS.Math.Content.HSG-CO.C.11',
    ]);
  });

  it('a cycle in a real package is named, and the rest still imported', () => {
    const pkg = JSON.parse(load('opensalt-sample-export')) as Pkg;
    // A cluster made a child of one of its own standards.
    const link = pkg.CFAssociations.find(
      (a) => a.associationType === 'isChildOf',
    ) as Pkg['CFAssociations'][number];
    pkg.CFAssociations.push({
      ...link,
      originNodeURI: link.destinationNodeURI,
      destinationNodeURI: link.originNodeURI,
    });
    const f = read(JSON.stringify(pkg));
    expect(f.notes).toContain('cycle');
    expect(statements(f).length).toBe(12);
  });

  it('reads the 3.4 MB Smarter Balanced package in well under 2 seconds', () => {
    const text = load('smarter-balanced-math');
    expect(text.length).toBeGreaterThan(3_300_000);
    const started = performance.now();
    read(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
