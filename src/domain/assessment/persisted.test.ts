// Stored data read back field by field; and every way data is written (created,
// imported, added) read back through the same reader, unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addedFramework } from '../framework/added.ts';
import { LIMITS } from '../framework/limits.ts';
import { loadFramework } from '../framework/loader.ts';
import { summarizeFramework } from '../framework/summary.ts';
import type { UserData } from './merge.ts';
import { createAssessment, MAX_TIME, withAnswer, withMeta, withTimesUpTo } from './model.ts';
import { EMPTY_STATE, restoreStored, STORAGE_VERSION, serializeState } from './persisted.ts';

const one = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'T' }, 1000, 'a1');
const rated = withAnswer(withAnswer(one, 'good', { current: 2 }, 1100), 'other', { target: 3 }, 1200);

function storedWith(assessments: unknown): string {
  return JSON.stringify({ state: { assessments }, version: 2 });
}

function readBack(state: UserData) {
  const restored = restoreStored(serializeState(state));
  if (!restored.ok) throw new Error(restored.detail);
  return restored;
}

describe('reading stored data field by field', () => {
  it('sets aside a bad answer, not its assessment', () => {
    const raw = { ...rated, answers: { ...rated.answers, bad: { current: 'three' } } };
    const restored = restoreStored(storedWith({ a1: raw }));
    expect(restored.ok && restored.state.assessments.a1).toEqual(rated);
    expect(restored.ok && restored.dropped).toEqual(['assessments.a1.answers.bad']);
  });

  it('cuts a title that is too long rather than dropping the assessment', () => {
    const restored = restoreStored(storedWith({ a1: { ...one, title: 'x'.repeat(600) } }));
    expect(restored.ok && restored.state.assessments.a1?.title).toHaveLength(500);
    expect(restored.ok && restored.dropped).toEqual(['assessments.a1.title']);
  });

  it('brings a time Intl cannot show back into range', () => {
    const restored = restoreStored(storedWith({ a1: { ...one, updatedAt: 9_007_199_254_740_991 } }));
    expect(restored.ok && restored.state.assessments.a1?.updatedAt).toBe(MAX_TIME);
  });

  it('reports a __proto__ key and a map of the wrong type instead of skipping them', () => {
    const text = `{"state":{"assessments":{"__proto__":${JSON.stringify(one)}},"frameworks":"oops"},"version":2}`;
    const restored = restoreStored(text);
    expect(restored.ok && restored.dropped).toEqual(['assessments.__proto__', 'frameworks']);
    expect(Object.getPrototypeOf(restored.ok && restored.state.assessments)).toBe(Object.prototype);
  });

  it('drops an assessment only when it cannot be told what it is', () => {
    const restored = restoreStored(storedWith({ a1: { ...one, frameworkId: 7 }, a2: { id: 'other' } }));
    expect(restored.ok && restored.state.assessments).toEqual({});
    expect(restored.ok && restored.dropped).toEqual(['assessments.a1', 'assessments.a2']);
  });

  it('refuses a newer version and names it', () => {
    expect(restoreStored(serializeState(EMPTY_STATE, STORAGE_VERSION + 1))).toMatchObject({
      ok: false,
      reason: 'newer',
      version: STORAGE_VERSION + 1,
    });
  });
});

describe('what can be written can be read back', () => {
  it('an assessment of a framework whose title has the longest length allowed', () => {
    const title = 'T'.repeat(LIMITS.textLength);
    const a = createAssessment(
      { frameworkId: 'f', frameworkVersion: '1', title, subjectName: title },
      1,
      'a',
    );
    const renamed = withMeta(a, { title: `${title}!` }, 2);
    const noted = withAnswer(renamed, 'i', { note: 'n'.repeat(30_000) }, 3);
    const restored = readBack({ ...EMPTY_STATE, assessments: { a: noted } });
    expect(restored.state.assessments.a).toEqual(noted);
    expect(restored.dropped).toEqual([]);
  });

  it('an imported assessment whose times are hours ahead of this device', () => {
    const ahead = withAnswer(one, 'i', { current: 1 }, 5_000_000);
    const imported = withTimesUpTo(ahead, 2000);
    expect(imported.answers.i?.updatedAt).toBe(2000);
    expect(readBack({ ...EMPTY_STATE, assessments: { a1: imported } }).dropped).toEqual([]);
  });

  it('every framework the loader accepts, as it is added (and one with too many languages is refused)', () => {
    const tag = fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/);
    const texts = fc.dictionary(tag, fc.string({ minLength: 1, maxLength: 40 }), {
      minKeys: 1,
      maxKeys: LIMITS.languages + 3,
    });
    fc.assert(
      fc.property(tag, texts, fc.string({ maxLength: 1000 }), (source, title, fileName) => {
        const text = JSON.stringify({
          format: 'competency-framework/1',
          id: 'own',
          version: 'v'.repeat(40),
          sourceLanguage: source,
          subject: 'individual',
          title: { ...title, [source]: 'x'.repeat(LIMITS.textLength) },
          sections: [
            {
              id: 'S',
              title: { ...title, [source]: 'S' },
              groups: [
                {
                  id: 'g',
                  kind: 'skill',
                  items: [{ id: 'i', text: title[Object.keys(title)[0] ?? ''] ?? 'i' }],
                },
              ],
            },
          ],
        });
        const loaded = loadFramework(text, fileName);
        const languages = new Set([...Object.keys(title), source]).size;
        // Refused at the door when stored data could not keep it; accepted otherwise.
        expect(loaded.ok).toBe(languages <= LIMITS.languages);
        if (!loaded.ok) return;
        const added = addedFramework(summarizeFramework(loaded.framework), fileName, text, 1);
        const restored = readBack({ ...EMPTY_STATE, frameworks: { own: added } });
        expect(restored.dropped).toEqual([]);
        expect(restored.state.frameworks.own).toEqual(added);
      }),
      { seed: 13, numRuns: 60 },
    );
  });

  it('refuses at the door a framework with more languages than stored data keeps', () => {
    const title = Object.fromEntries(
      Array.from({ length: LIMITS.languages + 1 }, (_, i) => [`xa-n${String(i).padStart(2, '0')}`, 'T']),
    );
    const text = JSON.stringify({
      format: 'competency-framework/1',
      id: 'own',
      version: '1',
      sourceLanguage: 'xa-n00',
      subject: 'individual',
      title,
      sections: [
        { id: 'S', title: 'S', groups: [{ id: 'g', kind: 'skill', items: [{ id: 'i', text: 'i' }] }] },
      ],
    });
    const loaded = loadFramework(text, 'many.json');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems.map((p) => [p.path, p.code])).toEqual([['title', 'too-many']]);
  });
});
