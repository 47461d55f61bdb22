// For component tests: i18next with react-i18next and every English namespace
// in locales/en/ (the list read from the folder), so a test finds what a user
// reads by its English text. `en(ns)` is a namespace's strings, to name them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../../locales/en');

// biome-ignore lint/suspicious/noExplicitAny: the strings are untyped JSON, read to look things up in tests
type Strings = Record<string, any>;

const resources: Record<string, Strings> = Object.fromEntries(
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(folder, file), 'utf8'))]),
);

/** The English strings of one namespace, as in locales/en/<ns>.json. */
export function en(ns: string): Strings {
  const strings = resources[ns];
  if (!strings) throw new Error(`no namespace ${ns} in locales/en`);
  return strings;
}

/** Sets up i18next in English for React, once per test file (call it in `beforeAll`). */
export async function initTestI18n(): Promise<void> {
  if (i18next.isInitialized) return;
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: Object.keys(resources),
    defaultNS: 'common',
    resources: { en: resources },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
