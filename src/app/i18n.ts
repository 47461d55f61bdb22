// i18next set up with one JSON file per language and namespace under
// locales/; only the current language's files are fetched.

import { firstPage, loaders, namespaces } from 'virtual:locales';
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  languageFromUrl,
  pickLanguage,
  toUiLanguage,
  UI_LANGUAGES,
  type UiLanguage,
} from '../domain/language.ts';
import { readLanguagePreference, writeLanguagePreference } from '../store/languagePreference.ts';

const bundles = new Map<string, Promise<Record<string, Record<string, unknown>>>>();
const FIRST_PAGE = new Set<string>(firstPage);

/**
 * Two chunks per language, each fetched once: the first page's namespaces at
 * start-up, the others when a page that uses them is opened (the page's code
 * waits for them, under the same loading notice).
 */
const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const parts = Object.hasOwn(loaders, language) ? loaders[language] : undefined;
    if (!parts) {
      callback(new Error(`no UI strings for ${language}`), false);
      return;
    }
    const part = FIRST_PAGE.has(namespace) ? 'firstPage' : 'pages';
    const key = `${language}/${part}`;
    let bundle = bundles.get(key);
    if (!bundle) {
      bundle = parts[part]();
      bundles.set(key, bundle);
    }
    bundle.then(
      (all) => callback(null, all[namespace] ?? {}),
      (error: Error) => {
        bundles.delete(key);
        callback(error, false);
      },
    );
  },
};

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
}

/** After an explicit choice, `?lng=` in the address must not bring back the old language on reload. */
function dropLanguageFromUrl(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('lng');
  const [path = '', query] = url.hash.split('?');
  if (query !== undefined) {
    const params = new URLSearchParams(query);
    params.delete('lng');
    url.hash = params.size ? `${path}?${params}` : path;
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export async function initI18n(): Promise<typeof i18next> {
  // A trainer's `#/workshop/new?lng=` names the exercise's language, not the page's.
  const hash = window.location.hash.startsWith('#/workshop/new') ? '' : window.location.hash;
  const fromUrl = toUiLanguage(languageFromUrl(window.location.search, hash));
  const language: UiLanguage = pickLanguage({
    url: fromUrl,
    stored: readLanguagePreference(),
    browser: navigator.languages,
  });
  if (fromUrl) writeLanguagePreference(fromUrl);

  i18next.on('languageChanged', applyToDocument);
  await i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: [...UI_LANGUAGES],
      fallbackLng: 'en',
      ns: [...firstPage],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  applyToDocument(i18next.language);
  // The other pages' strings, once the first page is up: a page opened later finds them there.
  const later = () => void i18next.loadNamespaces(namespaces.filter((n) => !FIRST_PAGE.has(n)));
  if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 3000 });
  else setTimeout(later, 1000);
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  writeLanguagePreference(language);
  dropLanguageFromUrl();
  await i18next.changeLanguage(language);
}
