import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, scaleOf } from './defaultScale.ts';
import type { ScaleStep } from './schema.ts';

const label = (value: number, language: string) =>
  DEFAULT_SCALE.find((s) => s.value === value)?.label[language];

describe('the default scale means the same in every language', () => {
  it('level 4 is supporting colleagues, not doing guidance work', () => {
    expect(label(4, 'en')).toBe('Can support colleagues in it');
    expect(label(4, 'fi')).toMatch(/kollegoita/);
    expect(label(4, 'sv')).toMatch(/kollegor/);
    expect(label(4, 'nl')).toMatch(/collega/);
    expect(label(4, 'nb')).toMatch(/kolleger/);
    for (const language of ['en', 'fi', 'sv', 'nl', 'nb'])
      expect(label(4, language)).not.toMatch(/guide|ohjata|handleda|begeleiden|veilede/i);
  });

  it('level 0 says that it is new to the person rating, not that it is unknown', () => {
    expect(['en', 'fi', 'sv', 'nl', 'nb'].map((language) => label(0, language))).toEqual([
      'New to me',
      'Uutta minulle',
      'Nytt för mig',
      'Nieuw voor mij',
      'Nytt for meg',
    ]);
  });
});

describe('a rater reads the default scale about the one they rate', () => {
  const languages = ['en', 'fi', 'sv', 'nl', 'nb'];
  const rater = scaleOf({}, 'rater');

  it('level 0 is new to them, in every language', () => {
    expect(languages.map((language) => rater[0]?.label[language])).toEqual([
      'New to them',
      'Uutta hänelle',
      'Nytt för personen',
      'Nieuw voor deze persoon',
      'Nytt for personen',
    ]);
  });

  it('no label or description speaks of oneself', () => {
    const self = /\b(I|me|my|Jeg|meg|Jag|mig|Ik|mij|me|minulle|Olen|Teen|Tiedän|Osaan|En)\b/;
    for (const step of rater)
      for (const language of languages) {
        expect(step.label[language]).not.toMatch(self);
        expect(step.description?.[language]).not.toMatch(self);
      }
    expect(scaleOf({})).toBe(DEFAULT_SCALE);
    expect(scaleOf({}, 'team')).toBe(DEFAULT_SCALE);
  });

  it('a framework’s own scale stays as the framework wrote it', () => {
    const own: ScaleStep[] = [{ value: 1, label: { en: 'I know it' } }];
    expect(scaleOf({ scale: own }, 'rater')).toBe(own);
  });
});
