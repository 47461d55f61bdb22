import type { i18n as I18n } from 'i18next';
import { languageName } from '../../ui/languageNames.ts';

/**
 * The UI languages, as i18next was given them. Read here rather than from
 * domain/language.ts: importing that from these pages would split it out of
 * the start-up's chunk, one more file on the first page.
 */
export function uiLanguages(i18n: I18n): string[] {
  const supported = i18n.options.supportedLngs;
  return (supported || ['en']).filter((l) => l !== 'cimode');
}

/** A language named in itself, as the language menu names it ("Suomi", "Norsk bokmål"). */
export const endonym = (language: string) => languageName(language, language, true);
