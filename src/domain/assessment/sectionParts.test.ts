import { describe, expect, it } from 'vitest';
import type { Group, Item } from '../framework/schema.ts';
import type { ScopedSection } from './scope.ts';
import { partCount, partOf, partRange, statementsBetween } from './sectionParts.ts';

const item = (id: string) => ({ id, text: { en: id } }) as Item;
const group = (id: string, n: number) => ({
  group: { id, kind: 'skill', title: { en: id }, items: [] } as unknown as Group,
  items: Array.from({ length: n }, (_, i) => item(`${id}${i + 1}`)),
});
// Groups of 3, 0 and 4 statements: a1 a2 a3 | - | c1 c2 c3 c4
const groups: ScopedSection['groups'] = [group('a', 3), group('b', 0), group('c', 4)];
const ids = (g: ScopedSection['groups']) =>
  g.map((x) => `${x.group.id}:${x.items.map((i) => i.id).join(',')}`);

describe('parts of a long section', () => {
  it('counts parts, one at least', () => {
    expect(partCount(0, 100)).toBe(1);
    expect(partCount(100, 100)).toBe(1);
    expect(partCount(101, 100)).toBe(2);
    expect(partCount(10_000)).toBe(100);
  });

  it('gives each part its start and size, the last one shorter, and keeps the index in range', () => {
    expect(partRange(250, 0, 100)).toEqual({ start: 0, count: 100 });
    expect(partRange(250, 2, 100)).toEqual({ start: 200, count: 50 });
    expect(partRange(250, 9, 100)).toEqual({ start: 200, count: 50 });
    expect(partRange(250, -1, 100)).toEqual({ start: 0, count: 100 });
    expect(partRange(0, 0, 100)).toEqual({ start: 0, count: 0 });
  });

  it('finds the part that holds a statement', () => {
    const all = Array.from({ length: 250 }, (_, i) => `s${i}`);
    expect(partOf(all, 's0', 100)).toBe(0);
    expect(partOf(all, 's99', 100)).toBe(0);
    expect(partOf(all, 's100', 100)).toBe(1);
    expect(partOf(all, 's249', 100)).toBe(2);
    expect(partOf(all, 'elsewhere', 100)).toBeNull();
  });

  it('takes the statements of a range in their groups, across group borders, leaving empty groups out', () => {
    expect(ids(statementsBetween(groups, 0, 2))).toEqual(['a:a1,a2']);
    expect(ids(statementsBetween(groups, 2, 5))).toEqual(['a:a3', 'c:c1,c2']);
    expect(ids(statementsBetween(groups, 3, 7))).toEqual(['c:c1,c2,c3,c4']);
    expect(ids(statementsBetween(groups, 0, 100))).toEqual(['a:a1,a2,a3', 'c:c1,c2,c3,c4']);
    expect(statementsBetween(groups, 7, 9)).toEqual([]);
    expect(statementsBetween(groups, 2, 2)).toEqual([]);
  });

  it('shows a group that is not rated with the statement after it, or with the last ones', () => {
    const shown = (id: string) => ({
      group: { id, kind: 'criterion', rated: false, items: [item(`${id}1`)] } as unknown as Group,
      items: [],
    });
    // a1 a2 a3 | x (text) | c1 c2 c3 c4 | z (text)
    const withText = [group('a', 3), shown('x'), group('c', 4), shown('z')];
    expect(ids(statementsBetween(withText, 0, 3))).toEqual(['a:a1,a2,a3']);
    expect(ids(statementsBetween(withText, 0, 4))).toEqual(['a:a1,a2,a3', 'x:', 'c:c1']);
    expect(ids(statementsBetween(withText, 3, 7))).toEqual(['x:', 'c:c1,c2,c3,c4', 'z:']);
    expect(ids(statementsBetween(withText, 2, 5))).toEqual(['a:a3', 'x:', 'c:c1,c2']);
    expect(ids(statementsBetween([shown('x')], 0, 0))).toEqual(['x:']);
  });
});
