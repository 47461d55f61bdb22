import { describe, expect, it } from 'vitest';
import { type Answer, createAssessment } from '../assessment/model.ts';
import type { Framework } from '../framework/schema.ts';
import { layoutOf } from './exercise.ts';
import { handBackOf, joinedBefore, notesByPosition } from './handBack.ts';
import { decodeResult, MAX_NOTE_BYTES } from './resultCode.ts';
import { exerciseOver, repoFramework } from './workshop.testing.ts';

const fw: Framework = repoFramework('guidance-competences.yaml');
const exerciseOf = (notes: boolean) => exerciseOver(fw, { sections: ['C3.1'], notes }, 0, 'W0RKSH0P');
const answer = (patch: Partial<Answer>): Answer => ({
  current: null,
  target: null,
  notApplicable: false,
  note: '',
  updatedAt: 1,
  ...patch,
});

function assessmentFor(notes: boolean, answers: Record<string, Answer>) {
  const exercise = exerciseOf(notes);
  const a = createAssessment(
    {
      frameworkId: fw.id,
      frameworkVersion: fw.version,
      title: 'x',
      sections: exercise.sections,
      level: exercise.level,
      exercise: { id: exercise.id, notes, resultId: 'R3SVXT01' },
    },
    0,
  );
  return { exercise, a: { ...a, answers } };
}

describe('handing back', () => {
  const layout = layoutOf(fw, exerciseOf(false));
  const [first = '', second = '', third = ''] = layout.itemIds;

  it('gives the code of the ratings so far, under the assessment’s result id, with the unrated count', () => {
    const { exercise, a } = assessmentFor(false, {
      [first]: answer({ current: 2, target: 3, note: 'kept here' }),
      [second]: answer({ notApplicable: true }),
    });
    const back = handBackOf(fw, a);
    expect(back?.unrated).toBe(layout.itemIds.length - 2);
    expect(back?.notesLeftOut).toBe(false);
    const decoded = decodeResult(back?.code ?? '', exercise, layout);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.result.resultId).toBe('R3SVXT01');
    expect(decoded.result.ratings.slice(0, 3)).toEqual([
      { current: 2, target: 3, notApplicable: false },
      { current: null, target: null, notApplicable: true },
      { current: null, target: null, notApplicable: false },
    ]);
    expect(decoded.result.notes).toEqual({});
  });

  it('carries notes only when the exercise asks for them, and leaves out notes too long for a code', () => {
    const { exercise, a } = assessmentFor(true, { [third]: answer({ current: 1, note: ' a note ' }) });
    const back = handBackOf(fw, a);
    const decoded = decodeResult(back?.code ?? '', exercise, layout);
    expect(decoded.ok && decoded.result.notes).toEqual({ 2: 'a note' });
    const long = assessmentFor(true, {
      [third]: answer({ current: 1, note: 'x'.repeat(MAX_NOTE_BYTES + 1) }),
    });
    const cut = handBackOf(fw, long.a);
    expect(cut?.notesLeftOut).toBe(true);
    const read = decodeResult(cut?.code ?? '', long.exercise, layout);
    expect(read.ok && read.result.ratings[2]?.current).toBe(1);
    expect(read.ok && read.result.notes).toEqual({});
  });

  it('says the notes are in the code only when a note was written and fits', () => {
    expect(handBackOf(fw, assessmentFor(true, { [first]: answer({ current: 1 }) }).a)?.notesIncluded).toBe(
      false,
    );
    expect(handBackOf(fw, assessmentFor(true, { [first]: answer({ note: ' ' }) }).a)?.notesIncluded).toBe(
      false,
    );
    expect(handBackOf(fw, assessmentFor(true, { [first]: answer({ note: 'n' }) }).a)?.notesIncluded).toBe(
      true,
    );
    expect(handBackOf(fw, assessmentFor(false, { [first]: answer({ note: 'n' }) }).a)?.notesIncluded).toBe(
      false,
    );
    const long = assessmentFor(true, { [first]: answer({ note: 'x'.repeat(MAX_NOTE_BYTES + 1) }) });
    expect(handBackOf(fw, long.a)?.notesIncluded).toBe(false);
  });

  it('is nothing for an assessment not made from a join link', () => {
    const { a } = assessmentFor(false, {});
    expect(handBackOf(fw, { ...a, exercise: null })).toBeNull();
  });

  it('finds the assessments already made for an exercise, latest first', () => {
    const e = (id: string | null, updatedAt: number) => ({
      exercise: id ? { id, notes: false, resultId: 'R' } : null,
      updatedAt,
    });
    const all = { a: e('W0RKSH0P', 1), b: e(null, 5), c: e('W0RKSH0P', 3), d: e('OTHER000', 9) };
    expect(joinedBefore(all, 'W0RKSH0P')).toEqual([all.c, all.a]);
  });

  it('numbers notes by position', () => {
    expect(notesByPosition(['a', 'b', 'c'], { c: answer({ note: 'n' }), a: answer({ note: '  ' }) })).toEqual(
      { 2: 'n' },
    );
  });
});
