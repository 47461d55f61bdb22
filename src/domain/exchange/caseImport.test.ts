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
    const statements = result.framework.sections.flatMap((s) =>
      s.groups.flatMap((g) => g.items.map((i) => i.text.en)),
    );
    // Depth first: L2-1 holds the levels below it (flattened), each last-level item once; L1-2,
    // whose children all sit under L1-1 already, is a section of its own with itself as statement.
    const seconds = Array.from({ length: 27 }, (_, k) => `L${29 - k}-2`);
    expect(statements).toEqual(['L2-2', 'L30-1', 'L30-2', ...seconds, 'L1-2'].map((id) => `Item ${id}`));
    expect(result.unmapped).toEqual(['levels below "Item L2-1" were flattened into one group']);
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
    const { framework, unmapped } = read(casePackage(['S', 'A', 'B', 'C'], links));
    expect(placements(framework)).toEqual(['Item S', 'Item A', 'Item C']);
    expect(unmapped).toEqual(['levels below "Item A" were flattened into one group']);
    // B is placed (as the level above C) and flattened away, not dropped silently or twice.
    expect(framework.sections[0]?.groups[0]?.items.map((i) => i.id)).toEqual(['C']);
  });

  it('refuses, without hanging, a package whose items only form a cycle', () => {
    const result = caseToFramework(
      casePackage(
        ['A', 'B'],
        [
          ['A', 'B'],
          ['B', 'A'],
        ],
      ),
      'cycle.json',
    );
    expect(result.ok).toBe(false);
  });

  it('reads a chain far deeper than the call stack', () => {
    const items = Array.from({ length: 8_000 }, (_, i) => `c${i}`);
    const links = items.map((id, i): Link => [id, i ? `c${i - 1}` : 'doc']);
    const { framework } = read(casePackage(items, links));
    expect(framework.sections[0]?.groups[0]?.items.map((i) => i.id)).toEqual(['c7999']);
  });
});
