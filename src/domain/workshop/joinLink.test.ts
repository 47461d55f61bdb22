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

describe('a link too long for its reader', () => {
  /** Section ids that deflate badly, `n` of them. */
  const idsOf = (n: number) => {
    let seed = 7;
    const chars = () =>
      Array.from({ length: 14 }, () => {
        seed = (seed * 48271) % 2147483647;
        return (seed % 36).toString(36);
      }).join('');
    return Array.from({ length: n }, (_, i) => `S${chars()}.${i}`);
  };

  it('is reported by the encoders exactly past the reader’s limit, and never handed out as fitting', async () => {
    const { MAX_LINK_PARAM } = await import('./joinLink.ts');
    const { encodeGive, decodeGive } = await import('../feedback/feedbackLink.ts');
    const request = {
      id: 'FB000001',
      frameworkId: 'guidance-competences',
      frameworkVersion: '1',
      sections: [] as string[],
      level: null,
      name: '',
      message: '',
      goal: false,
    };
    const encoders = [
      async (sections: string[]) => {
        const made = await encodeJoin({ ...exercise, sections }, null);
        return { made, read: (await decodeJoin(made.param)) !== null };
      },
      async (sections: string[]) => {
        const made = await encodeGive({ ...request, sections }, null);
        return { made, read: (await decodeGive(made.param)) !== null };
      },
    ];
    for (const encode of encoders) {
      // The smallest list whose link is longer than the reader accepts.
      let low = 1;
      let high = 1000;
      while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if ((await encode(idsOf(mid))).made.param.length > MAX_LINK_PARAM) high = mid;
        else low = mid + 1;
      }
      const past = await encode(idsOf(low));
      const within = await encode(idsOf(low - 1));
      expect(past.made.param.length).toBeGreaterThan(MAX_LINK_PARAM);
      expect(past.made.tooLong).toBe(true);
      expect(past.read).toBe(false);
      expect(within.made.param.length).toBeLessThanOrEqual(MAX_LINK_PARAM);
      expect(within.made.tooLong).toBe(false);
      expect(within.read).toBe(true);
    }
  });

  it('leaves the framework’s text out rather than making a link the reader refuses', async () => {
    let n = 600;
    while ((await encodeJoin({ ...exercise, sections: idsOf(n) }, null)).param.length < 11_000) n += 10;
    let seed = 3;
    const text = Array.from({ length: 1500 }, () => {
      seed = (seed * 48271) % 2147483647;
      return (seed % 36).toString(36);
    }).join('');
    const made = await encodeJoin({ ...exercise, sections: idsOf(n) }, text);
    expect(made).toMatchObject({ withFramework: false, tooLong: false });
    expect(await decodeJoin(made.param)).not.toBeNull();
  });
});
