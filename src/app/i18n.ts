// i18next set up with one JSON file per language and namespace under
// locales/; only the current language's files are fetched.
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

export const NAMESPACES = [
  'common',
  'library',
  'preview',
  'scale',
  'start',
  'questionnaire',
  'assessments',
] as const;

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = files[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no locale file ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('common:app.name');
}

export async function initI18n(): Promise<typeof i18next> {
  const fromUrl = toUiLanguage(languageFromUrl(window.location.search, window.location.hash));
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
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  applyToDocument(i18next.language);
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  writeLanguagePreference(language);
  await i18next.changeLanguage(language);
}
