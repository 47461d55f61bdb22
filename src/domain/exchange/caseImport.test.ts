// The CASE hierarchy walk: linear in the associations, each item placed once,
// whatever shape the isChildOf associations take (diamonds, cycles, long chains).
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.ts';
import { caseToFramework } from './caseImport.ts';

type Link = [child: string, parent: string];

function casePackage(items: string[], links: Link[]): string {
  const ref = (identifier: string) => ({ identifier });
  return JSON.stringify({
    CFDocument: { identifier: 'doc', title: 'Lattice', language: 'en' },
    CFItems: items.map((id) => ({ identifier: id, fullStatement: `Item ${id}`, humanCodingScheme: id })),
    CFAssociations: links.map(([child, parent], n) => ({
      associationType: 'isChildOf',
      sequenceNumber: n,
      originNodeURI: ref(child),
      destinationNodeURI: ref(parent),
    })),
  });
}

/** `levels` levels of `width` items, each item a child of every item of the level above. */
function diamond(levels: number, width: number): { items: string[]; links: Link[] } {
  const level = (l: number) => Array.from({ length: width }, (_, i) => `L${l}-${i + 1}`);
  const items: string[] = [];
  const links: Link[] = [];
  for (let l = 1; l <= levels; l++) {
    for (const item of level(l)) {
      items.push(item);
      for (const parent of l === 1 ? ['doc'] : level(l - 1)) links.push([item, parent]);
    }
  }
  return { items, links };
}

/** Every text the framework shows: section titles, group titles and statements. */
function placements(f: Framework): string[] {
  return f.sections.flatMap((s) => [
    s.title.en ?? '',
    ...s.groups.flatMap((g) => [
      ...(g.title ? [g.title.en ?? ''] : []),
      ...(g.intro ? (g.intro.en ?? '').split('\n\n') : []),
      ...g.items.map((i) => i.text.en ?? ''),
    ]),
  ]);
}

function read(text: string) {
  const result = caseToFramework(text, 'lattice.json');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
}

describe('CASE hierarchy walk', () => {
  it('places each item of a diamond lattice once, fast (30 levels of 2, each a child of both above)', () => {
    const { items, links } = diamond(30, 2);
    const started = performance.now();
    const result = read(casePackage(items, links));
    expect(performance.now() - started).toBeLessThan(1000);
    // Depth first: every item once, as a heading (section, group title or intro) or a statement.
    const shown = new Set(placements(result.framework));
    expect(items.filter((id) => !shown.has(`Item ${id}`))).toEqual([]);
    expect(result.notes.filter((n) => n.code !== 'version-missing').map((n) => n.code)).toEqual([
      'two-parents',
    ]);
  });

  it('places an item with two parents under the first, in sequence order', () => {
    const links: Link[] = [
      ['S', 'doc'],
      ['A', 'S'],
      ['B', 'S'],
      ['A1', 'A'],
      ['X', 'B'],
      ['X', 'A'],
      ['B1', 'B'],
    ];
    const { framework } = read(casePackage(['S', 'A', 'B', 'A1', 'B1', 'X'], links));
    const groups = framework.sections[0]?.groups.map((g) => [g.title?.en, g.items.map((i) => i.id)]);
    expect(groups).toEqual([
      ['Item A', ['A1', 'X']],
      ['Item B', ['B1']],
    ]);
  });

  it('walks a cycle once, without looping or overflowing the stack', () => {
    const links: Link[] = [
      ['S', 'doc'],
      ['A', 'S'],
      ['B', 'A'],
      ['C', 'B'],
      ['A', 'C'],
      ['S', 'B'],
      ['B', 'B'],
    ];
    const { framework, notes } = read(casePackage(['S', 'A', 'B', 'C'], links));
    expect(placements(framework)).toEqual(['Item S', 'Item B', 'Item A', 'Item C']);
    // Each link that would close a loop is named, with the item it leads back to.
    expect(notes.filter((n) => n.code !== 'version-missing').map((n) => [n.code, n.items])).toEqual([
      ['self-parent', ['B Item B']],
      ['cycle', ['A Item A', 'S Item S']],
    ]);
  });

  it('imports a package whose items only form a cycle, naming where it was broken', () => {
    const result = read(
      casePackage(
        ['A', 'B'],
        [
          ['A', 'B'],
          ['B', 'A'],
        ],
      ),
    );
    expect(placements(result.framework)).toEqual(['Item A', 'Item B']);
    expect(result.notes).toContainEqual({ code: 'cycle', items: ['A Item A'] });
  });

  it('reads a chain far deeper than the call stack', () => {
    const items = Array.from({ length: 8_000 }, (_, i) => `c${i}`);
    const links = items.map((id, i): Link => [id, i ? `c${i - 1}` : 'doc']);
    const { framework, notes } = read(casePackage(items, links));
    const groups = framework.sections[0]?.groups ?? [];
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['c7999']]);
    // The headings between the section and the last item are the group's title and intro, as
    // many as the text limit allows; those left out are named, none silently.
    const cut = notes.find((n) => n.code === 'heading-cut')?.items ?? [];
    const shown = placements(framework);
    expect(items.filter((id) => !shown.includes(`Item ${id}`) && !cut.includes(`Item ${id}`))).toEqual([]);
  });
});
