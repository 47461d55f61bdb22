// The bench's page-side part of "Aggregating 500 participants" (scripts/bench/aggregate.mjs
// bundles it): a generated framework of `statements` statements, an exercise over it, and
// `participants` result codes made with the domain's functions from seeded random ratings;
// then, timed, every code read back (decodeResult) and the group picture (groupPicture).
import type { Framework } from '../../src/domain/framework/schema.ts';
import { createExercise, layoutOf } from '../../src/domain/workshop/exercise.ts';
import { groupPicture } from '../../src/domain/workshop/groupPicture.ts';
import {
  decodeResult,
  encodeResult,
  type Rating,
  type WorkshopResult,
} from '../../src/domain/workshop/resultCode.ts';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function framework(statements: number): Framework {
  const perGroup = 5;
  const groups = Math.ceil(statements / perGroup);
  const sections = Array.from({ length: Math.ceil(groups / 2) }, (_, s) => ({
    id: `S${s + 1}`,
    title: { en: `Section ${s + 1}` },
    groups: Array.from({ length: Math.min(2, groups - 2 * s) }, (_, g) => ({
      id: `g${g}`,
      kind: g === 0 ? ('knowledge' as const) : ('skill' as const),
      items: Array.from({ length: Math.min(perGroup, statements - (2 * s + g) * perGroup) }, (_, i) => ({
        id: `s${s}g${g}i${i}`,
        text: { en: `Statement ${i + 1} of group ${g + 1} in section ${s + 1}` },
      })),
    })),
  }));
  return {
    format: 'competency-framework/1',
    id: 'bench-aggregate',
    version: '1',
    sourceLanguage: 'en',
    subject: 'individual',
    title: { en: 'Bench' },
    sections,
  } as unknown as Framework;
}

export function prepare(participants: number, statements: number) {
  const fw = framework(statements);
  const exercise = createExercise(
    {
      frameworkId: fw.id,
      frameworkVersion: fw.version,
      sections: [],
      level: null,
      language: 'en',
      title: 'Bench',
    },
    0,
    'BENCH000',
  );
  const layout = layoutOf(fw, exercise);
  const next = random(42);
  const codes: string[] = [];
  for (let p = 0; p < participants; p++) {
    const ratings: Rating[] = layout.itemIds.map(() => {
      const roll = next();
      if (roll < 0.05) return { current: null, target: null, notApplicable: true };
      if (roll < 0.1) return { current: null, target: null, notApplicable: false };
      const current = Math.floor(next() * 5);
      return { current, target: Math.min(4, current + Math.floor(next() * 3)), notApplicable: false };
    });
    const code = encodeResult(exercise, layout, ratings, {}, `R${String(p).padStart(7, '0')}`);
    if (code) codes.push(code);
  }
  return { exercise, layout, codes, statements: layout.itemIds.length };
}

export function run(prepared: ReturnType<typeof prepare>) {
  const { exercise, layout, codes } = prepared;
  const t0 = performance.now();
  const results: WorkshopResult[] = [];
  for (const code of codes) {
    const r = decodeResult(code, exercise, layout);
    if (r.ok) results.push(r.result);
  }
  const t1 = performance.now();
  const picture = groupPicture(exercise, layout, results);
  const t2 = performance.now();
  return {
    decodeMs: t1 - t0,
    aggregateMs: t2 - t1,
    totalMs: t2 - t0,
    read: results.length,
    participants: picture.participants,
  };
}
