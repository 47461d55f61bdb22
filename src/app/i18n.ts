// i18next set up with one JSON file per language and namespace under
// locales/; only the current language's files are fetched.

import { loaders, namespaces } from 'virtual:locales';
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

const bundles = new Map<string, ReturnType<NonNullable<(typeof loaders)[string]>>>();

/** One chunk per language holds every namespace; it is fetched once. */
const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = Object.hasOwn(loaders, language) ? loaders[language] : undefined;
    if (!load) {
      callback(new Error(`no UI strings for ${language}`), false);
      return;
    }
    let bundle = bundles.get(language);
    if (!bundle) {
      bundle = load();
      bundles.set(language, bundle);
    }
    bundle.then(
      (all) => callback(null, all[namespace] ?? {}),
      (error: Error) => {
        bundles.delete(language);
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
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  applyToDocument(i18next.language);
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  writeLanguagePreference(language);
  dropLanguageFromUrl();
  await i18next.changeLanguage(language);
}
