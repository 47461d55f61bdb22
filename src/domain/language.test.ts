import { describe, expect, it } from 'vitest';
import { ENDONYMS, languageFromUrl, pickLanguage, toUiLanguage, UI_LANGUAGES } from './language.ts';

describe('choosing the UI language', () => {
  it('prefers the URL, then the remembered choice, then the browser', () => {
    expect(pickLanguage({ url: 'sv', stored: 'fi', browser: ['nl'] })).toBe('sv');
    expect(pickLanguage({ url: undefined, stored: 'fi', browser: ['nl'] })).toBe('fi');
    expect(pickLanguage({ stored: null, browser: ['de-DE', 'nl-BE'] })).toBe('nl');
    expect(pickLanguage({ browser: ['de'] })).toBe('en');
  });

  it('ignores languages the UI does not have', () => {
    expect(pickLanguage({ url: 'xx', stored: 'de', browser: [] })).toBe('en');
  });

  it('maps Norwegian variants to bokmål and regional tags to their language', () => {
    expect(toUiLanguage('no')).toBe('nb');
    expect(toUiLanguage('nn-NO')).toBe('nb');
    expect(toUiLanguage('sv-FI')).toBe('sv');
    expect(toUiLanguage('FI')).toBe('fi');
  });

  it('reads ?lng= from the query string or from the hash route', () => {
    expect(languageFromUrl('?lng=nb', '')).toBe('nb');
    expect(languageFromUrl('', '#/assess/new?framework=x&lng=fi')).toBe('fi');
    expect(languageFromUrl('', '#/')).toBeUndefined();
  });
});

describe('language names in the language menu', () => {
  it('name each UI language in itself, as Intl does, capitalised', () => {
    for (const language of UI_LANGUAGES) {
      const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? '';
      expect(ENDONYMS[language]).toBe(name.charAt(0).toLocaleUpperCase(language) + name.slice(1));
    }
  });
});
