import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from './defaultScale.ts';

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
