import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.ts';
import { layoutOf } from './exercise.ts';
import { distribution, groupPicture } from './groupPicture.ts';
import type { Rating, WorkshopResult } from './resultCode.ts';
import { r } from './workshop.testing.ts';

const fw = {
  id: 'f',
  version: '1',
  sourceLanguage: 'en',
  subject: 'individual',
  format: 'competency-framework/1',
  title: { en: 'F' },
  sections: [
    {
      id: 'S',
      title: { en: 'S' },
      groups: [
        { id: 'k', kind: 'knowledge', items: [{ id: 'a', text: { en: 'a' } }] },
        { id: 's', kind: 'skill', items: [{ id: 'b', text: { en: 'b' } }] },
      ],
    },
  ],
} as unknown as Framework;
const layout = layoutOf(fw, { sections: [], level: null });
const results = (rows: Rating[][]): WorkshopResult[] =>
  rows.map((ratings, i) => ({ exerciseId: 'E', resultId: `R${i}`, ratings, notes: {} }));

describe('the group picture', () => {
  it('counts each level per statement, now and goal, with median and interquartile range', () => {
    const picture = groupPicture(
      { threshold: 3 },
      layout,
      results([
        [r(1, 3), r(0, 2)],
        [r(2, 3), r(4, 4)],
        [r(2, 4), r(null, null, true)],
        [r(3, 3), r(2, 2)],
      ]),
    );
    const a = picture.statements[0];
    expect(a?.current?.counts).toEqual([0, 1, 2, 1, 0]);
    expect(a?.target?.counts).toEqual([0, 0, 0, 3, 1]);
    expect([a?.current?.median, a?.current?.q1, a?.current?.q3]).toEqual([2, 1.75, 2.25]);
    expect([a?.moving, a?.withBoth, a?.medianGap]).toEqual([3, 4, 1.5]);
    expect(picture.statements[1]).toMatchObject({ rated: 3, notApplicable: 1, hidden: false });
    expect(picture.sharedGaps.map((s) => s.itemId)).toEqual(['a', 'b']);
  });

  it('hides a statement rated by fewer participants than the threshold, and keeps it out of the pooled views', () => {
    const picture = groupPicture(
      { threshold: 3 },
      layout,
      results([
        [r(1, 2), r(1, 2)],
        [r(1, 2), r(null, null)],
        [r(3, 4), r(null, null, true)],
      ]),
    );
    expect(picture.statements.map((s) => [s.itemId, s.hidden, s.current])).toEqual([
      ['a', false, expect.anything()],
      ['b', true, null],
    ]);
    expect(picture.bySection[0]?.picture).toMatchObject({ statements: 1, current: { n: 3 } });
    expect(picture.byKind.find((k) => k.kind === 'skill')?.picture).toEqual({
      current: null,
      target: null,
      statements: 0,
    });
  });

  it('shows nothing at all below the threshold of participants', () => {
    const picture = groupPicture({ threshold: 5 }, layout, results([[r(1, 2), r(1, 2)]]));
    expect(picture.participants).toBe(1);
    expect(picture.statements.every((s) => s.hidden && s.current === null)).toBe(true);
  });

  it("measures disagreement with Leik's ordinal dispersion: 0 for one level, 1 for the two ends", () => {
    const scale = [0, 1, 2, 3, 4];
    expect(distribution([0, 0, 6, 0, 0], scale)?.dispersion).toBe(0);
    expect(distribution([3, 0, 0, 0, 3], scale)?.dispersion).toBe(1);
    expect(distribution([1, 1, 1, 1, 1], scale)?.dispersion).toBeCloseTo(0.6);
    expect(distribution([0, 0, 0, 0, 0], scale)).toBeNull();
  });
});
