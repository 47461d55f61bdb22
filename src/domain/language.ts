// The languages of the user interface, and how the app picks one.

export const UI_LANGUAGES = ['en', 'fi', 'sv', 'nl', 'nb'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/**
 * Each UI language named in itself, as a label (the language menu). Written out
 * rather than asked of Intl.DisplayNames: building five of those, one per locale,
 * costs more than the rest of the first render (a test keeps these equal to Intl).
 */
export const ENDONYMS: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  fi: 'Suomi',
  sv: 'Svenska',
  nl: 'Nederlands',
  nb: 'Norsk bokmål',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Maps a browser or URL language tag to a UI language: `nb-NO`, `no` and `nn` give `nb`, `sv-FI` gives `sv`. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'no' || base === 'nn') return 'nb';
  return isUiLanguage(base) ? base : undefined;
}

/** `?lng=` in the query string or in the query part of a hash route (`#/x?lng=sv`). */
export function languageFromUrl(search: string, hash: string): string | undefined {
  const fromSearch = new URLSearchParams(search).get('lng');
  if (fromSearch) return fromSearch;
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('lng') ?? undefined;
}

export interface LanguageSources {
  url?: string | undefined;
  stored?: string | null | undefined;
  browser?: readonly string[] | undefined;
}

/** The URL wins, then the remembered choice, then the browser's languages, then English. */
export function pickLanguage({ url, stored, browser = [] }: LanguageSources): UiLanguage {
  return (
    toUiLanguage(url) ??
    toUiLanguage(stored) ??
    browser.map((tag) => toUiLanguage(tag)).find((l) => l !== undefined) ??
    DEFAULT_LANGUAGE
  );
}
