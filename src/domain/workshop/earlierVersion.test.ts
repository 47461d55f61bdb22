// An exercise made with an earlier version of a built-in framework, in which
// statements now shown as text (rated: false) were still rated: its codes,
// packed before or after the change, still read.
import { describe, expect, it } from 'vitest';
import { createAssessment, EMPTY_ANSWER } from '../assessment/model.ts';
import type { Framework } from '../framework/schema.ts';
import { frameworkItems } from '../framework/statements.ts';
import { layoutOf } from './exercise.ts';
import { handBackOf } from './handBack.ts';
import { decodeResult, encodeResult, type Rating } from './resultCode.ts';
import { exerciseOver, r, repoFramework } from './workshop.testing.ts';

/** The framework as it is now, and as version 1 had it: those groups rated, the groups added since left out. */
function versions(file: string, unrated: string[], added: string[]): { now: Framework; v1: Framework } {
  const now = repoFramework(file);
  const v1: Framework = {
    ...now,
    version: '1',
    sections: now.sections.map((s) => ({
      ...s,
      groups: s.groups
        .filter((g) => !added.includes(g.id))
        .map(({ rated, ...g }) =>
          unrated.includes(g.id) ? g : { ...g, ...(rated === undefined ? {} : { rated }) },
        ),
    })),
  };
  return { now, v1 };
}

describe.each([
  ['navigator-criteria.yaml', ['separeras-fran'], [], ['nav-oreglerat-arbete', 'nav-parallellt-arbete']],
  [
    'career-guidance-partnership.yaml',
    ['mal'],
    ['karrieresentrene'],
    ['kp-okt-tilgang', 'kp-likeverdig-tilbud'],
  ],
] as const)('%s: an exercise made with version 1', (file, groups, newGroups, formerly) => {
  const { now, v1 } = versions(file, [...groups], [...newGroups]);
  const exercise = exerciseOver(v1, { sections: [] }, 0, 'W0RKSH0P'.replace(/O/g, '0'));
  const before = layoutOf(v1, exercise);

  it('is packed against the statements of version 1, in their places', () => {
    const after = layoutOf(now, exercise);
    expect(now.version).toBe('2');
    expect(after.itemIds).toEqual(before.itemIds);
    expect(after.fingerprint).toBe(before.fingerprint);
    for (const id of formerly) expect(after.itemIds).toContain(id);
    // An exercise made now leaves them out.
    const fresh = layoutOf(now, exerciseOver(now, { sections: [] }));
    for (const id of formerly) expect(fresh.itemIds).not.toContain(id);
    expect(fresh.itemIds).toEqual(frameworkItems(now).map((item) => item.id));
  });

  it('reads a code handed back before the change, every rating on its statement', () => {
    const ratings: Rating[] = before.itemIds.map((_, i) => r(i % 5, 4));
    const code = encodeResult(exercise, before, ratings) ?? '';
    const read = decodeResult(code, exercise, layoutOf(now, exercise));
    expect(read.ok && read.result.ratings).toEqual(ratings);
  });

  it('reads a code handed back after the change by a participant who joined its link', () => {
    const a = createAssessment(
      {
        frameworkId: now.id,
        frameworkVersion: exercise.frameworkVersion,
        title: 'P',
        sections: [],
        level: null,
        exercise: { id: exercise.id, notes: false, resultId: 'RESACDEF' },
      },
      0,
      'a1',
    );
    const first =
      layoutOf(now, exercise).itemIds.find((id) => !(formerly as readonly string[]).includes(id)) ?? '';
    const answered = { ...a, answers: { [first]: { ...EMPTY_ANSWER, current: 2, target: 3 } } };
    const back = handBackOf(now, answered);
    expect(back).not.toBeNull();
    const read = decodeResult(back?.code ?? '', exercise, layoutOf(now, exercise));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.result.ratings[layoutOf(now, exercise).itemIds.indexOf(first)]).toEqual(r(2, 3));
  });
});
