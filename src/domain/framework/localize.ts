// Choosing which language of a localized text to show.
import type { LocalizedText } from './schema.ts';

export interface ShownText {
  text: string;
  /** The language the text is shown in. */
  language: string;
  /** True when the text shown is not the source language, i.e. a translation. */
  isTranslation: boolean;
  /** True when the wanted language was missing and another was shown instead. */
  isFallback: boolean;
}

/** The text in `language` if the framework has it, otherwise in its source language. */
export function localize(text: LocalizedText, language: string, sourceLanguage: string): ShownText {
  const wanted = text[language];
  if (wanted !== undefined) {
    return { text: wanted, language, isTranslation: language !== sourceLanguage, isFallback: false };
  }
  const source = text[sourceLanguage];
  if (source !== undefined) {
    return { text: source, language: sourceLanguage, isTranslation: false, isFallback: true };
  }
  const [first, value] = Object.entries(text)[0] ?? [sourceLanguage, ''];
  return { text: value, language: first, isTranslation: first !== sourceLanguage, isFallback: true };
}
