import { describe, expect, it } from 'vitest';
import { createExercise } from './exercise.ts';
import { decodeJoin, encodeJoin } from './joinLink.ts';

const exercise = createExercise(
  {
    frameworkId: 'guidance-competences',
    frameworkVersion: '1',
    sections: ['C3.1'],
    level: null,
    language: 'fi',
    title: 'Verkostotyö, kevät',
    instructions: 'Arvioi nykyinen tasosi ja tavoitteesi.',
    notes: true,
    threshold: 4,
  },
  0,
  'ABCDEFGH',
);

describe('join links', () => {
  it('carry the exercise, and read it back the same', async () => {
    const { param, withFramework } = await encodeJoin(exercise, null);
    expect(withFramework).toBe(false);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeJoin(param)).toEqual({ exercise, frameworkText: null });
  });

  it('carry an added framework when it is small, and only name it when it is not', async () => {
    const small = 'format: competency-framework/1\nid: own\n';
    const carried = await encodeJoin(exercise, small);
    expect(carried.withFramework).toBe(true);
    expect((await decodeJoin(carried.param))?.frameworkText).toBe(small);
    let seed = 7;
    const random = Array.from({ length: 4000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    const large = await encodeJoin(exercise, random);
    expect(large.withFramework).toBe(false);
    const named = await decodeJoin(large.param);
    expect(named?.frameworkText).toBeNull();
    expect([named?.exercise.frameworkId, named?.exercise.frameworkVersion]).toEqual([
      'guidance-competences',
      '1',
    ]);
  });

  it('read nothing from an altered, crafted or oversized link', async () => {
    const { param } = await encodeJoin(exercise, null);
    expect(await decodeJoin(`${param.slice(0, -3)}AAA`)).toBeNull();
    expect(await decodeJoin('<script>')).toBeNull();
    expect(await decodeJoin('A'.repeat(20_000))).toBeNull();
    const crafted = await encodeJoin({ ...exercise, threshold: 1 }, null);
    expect(await decodeJoin(crafted.param)).toBeNull();
  });
});
