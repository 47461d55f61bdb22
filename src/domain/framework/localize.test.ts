import { describe, expect, it } from 'vitest';
import { localize } from './localize.ts';

describe('localize', () => {
  const text = { sv: 'Källtext', en: 'Translated text' };

  it('shows the wanted language and marks a translation', () => {
    expect(localize(text, 'en', 'sv')).toEqual({
      text: 'Translated text',
      language: 'en',
      isTranslation: true,
      isFallback: false,
    });
  });

  it('shows the source language as the original', () => {
    expect(localize(text, 'sv', 'sv')).toMatchObject({
      text: 'Källtext',
      isTranslation: false,
      isFallback: false,
    });
  });

  it('falls back to the source language when the wanted one is missing', () => {
    expect(localize(text, 'fi', 'sv')).toMatchObject({ text: 'Källtext', language: 'sv', isFallback: true });
  });
});
