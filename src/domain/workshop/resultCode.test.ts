import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import encodeQR from 'qr';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../framework/loader.ts';
import type { Framework } from '../framework/schema.ts';
import { ALPHABET } from './base32.ts';
import { type ExerciseLayout, layoutOf } from './exercise.ts';
import { decodeResult, encodeResult, groupCode, type Rating, ratingsOf } from './resultCode.ts';
import { exerciseOver } from './workshop.testing.ts';

const frameworks: Framework[] = readdirSync('frameworks')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const r = loadFramework(readFileSync(`frameworks/${f}`, 'utf8'), f);
    if (!r.ok) throw new Error(f);
    return r.framework;
  });
const byId = (id: string) => frameworks.find((f) => f.id === id) as Framework;

const exerciseOf = (fw: Framework, sections: string[] = [], level: string | null = null, notes = false) =>
  exerciseOver(fw, { sections, level, notes }, 0, 'W0RKSH0P'.replace(/O/g, '0'));

const rating = (scale: number[]): fc.Arbitrary<Rating> =>
  fc.oneof(
    fc.constant({ current: null, target: null, notApplicable: true }),
    fc.record({
      current: fc.option(fc.constantFrom(...scale), { nil: null }),
      target: fc.option(fc.constantFrom(...scale), { nil: null }),
      notApplicable: fc.constant(false),
    }),
  );
const ratingsFor = (layout: ExerciseLayout) =>
  fc.array(rating(layout.scale), { minLength: layout.itemIds.length, maxLength: layout.itemIds.length });

/** The QR version (1-40) a code needs at error correction level M. */
const qrVersion = (code: string) => (encodeQR(code, 'raw', { ecc: 'medium', border: 1 }).length - 2 - 17) / 4;

describe('result codes', () => {
  it('read back the same ratings for every built-in framework and level', () => {
    for (const fw of frameworks) {
      for (const level of [null, ...(fw.levels ?? []).map((l) => l.id)]) {
        const exercise = exerciseOf(fw, [], level);
        const layout = layoutOf(fw, exercise);
        fc.assert(
          fc.property(ratingsFor(layout), (ratings) => {
            const code = encodeResult(exercise, layout, ratings) ?? '';
            const back = decodeResult(groupCode(code).toLowerCase(), exercise, layout);
            expect(back.ok && back.result.ratings).toEqual(ratings);
          }),
          { numRuns: 25, seed: 15 },
        );
      }
    }
  });

  it('catch any one altered character, and any swap of two neighbours', () => {
    const fw = byId('guidance-competences');
    const exercise = exerciseOf(fw, ['C3.1']);
    const layout = layoutOf(fw, exercise);
    fc.assert(
      fc.property(ratingsFor(layout), fc.nat(), fc.nat(31), (ratings, at, shift) => {
        const code = encodeResult(exercise, layout, ratings);
        if (code === null) throw new Error('a code without notes is always made');
        const i = at % code.length;
        const c = ALPHABET[(ALPHABET.indexOf(code.charAt(i)) + 1 + (shift % 31)) % 32] ?? '0';
        expect(decodeResult(code.slice(0, i) + c + code.slice(i + 1), exercise, layout).ok).toBe(false);
        const j = Math.min(i, code.length - 2);
        const swapped = code.slice(0, j) + code.charAt(j + 1) + code.charAt(j) + code.slice(j + 2);
        if (swapped !== code) expect(decodeResult(swapped, exercise, layout).ok).toBe(false);
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('are short: a full C3.1 result and a whole Navigator result fit small QR codes', () => {
    const c31 = byId('guidance-competences');
    const nav = byId('navigator-criteria');
    const full = (layout: ExerciseLayout) =>
      layout.itemIds.map(() => ({
        current: layout.scale.at(-1) ?? 0,
        target: layout.scale.at(-1) ?? 0,
        notApplicable: false,
      }));
    const e1 = exerciseOf(c31, ['C3.1']);
    const l1 = layoutOf(c31, e1);
    const e2 = exerciseOf(nav);
    const l2 = layoutOf(nav, e2);
    const code1 = encodeResult(e1, l1, full(l1)) ?? '';
    const code2 = encodeResult(e2, l2, full(l2)) ?? '';
    expect([l1.itemIds.length, code1.length, qrVersion(code1)]).toEqual([16, 46, 3]);
    expect([l2.itemIds.length, code2.length, qrVersion(code2)]).toEqual([45, 76, 4]);
  });

  it('carry notes only when the exercise asks for them', () => {
    const fw = byId('guidance-competences');
    const asked = exerciseOf(fw, ['C3.1'], null, true);
    const layout = layoutOf(fw, asked);
    const ratings = ratingsOf(layout, {});
    const code = encodeResult(asked, layout, ratings, { 2: 'Ask the team ✓' }) ?? '';
    const back = decodeResult(code, asked, layout);
    expect(back.ok && back.result.notes).toEqual({ 2: 'Ask the team ✓' });
    expect(decodeResult(code, { ...asked, notes: false }, layout)).toEqual({
      ok: false,
      problem: 'unasked-notes',
    });
    expect(encodeResult(asked, layout, ratings, { 0: 'x'.repeat(2001) })).toBeNull();
  });

  it('refuse codes of another exercise, another framework version, another length, and junk', () => {
    const fw = byId('guidance-competences');
    const exercise = exerciseOf(fw, ['C3.1']);
    const layout = layoutOf(fw, exercise);
    const code = encodeResult(exercise, layout, ratingsOf(layout, {})) ?? '';
    const other = { ...exercise, id: 'ZZZZZZZZ' };
    expect(decodeResult(code, other, layout)).toEqual({ ok: false, problem: 'other-exercise' });
    const wider = layoutOf(fw, { sections: [], level: null });
    expect(decodeResult(code, exercise, { ...wider, fingerprint: layout.fingerprint })).toEqual({
      ok: false,
      problem: 'wrong-count',
    });
    expect(decodeResult(code, exercise, wider)).toEqual({ ok: false, problem: 'other-framework' });
    for (const junk of [
      '',
      'hello',
      '<script>alert(1)</script>',
      'U'.repeat(40),
      code.slice(0, -1),
      `${code}0`,
    ])
      expect(decodeResult(junk, exercise, layout).ok).toBe(false);
    expect(decodeResult('0'.repeat(30_000), exercise, layout)).toEqual({ ok: false, problem: 'too-long' });
  });
});
