declare module 'virtual:frameworks' {
  import type { Framework } from './domain/framework/schema.ts';
  import type { CatalogSummary } from './domain/framework/summary.ts';
  /** A summary of every built-in framework, in file-name order, without section titles. */
  export const catalog: CatalogSummary[];
  /** Loads one built-in framework (its own chunk). */
  export const loaders: Record<string, () => Promise<Framework>>;
}

declare module 'virtual:framework-sections' {
  import type { LocalizedText } from './domain/framework/schema.ts';
  /** Each built-in framework's section titles, by framework id and section id. */
  export const sectionTitles: Record<string, Record<string, LocalizedText>>;
}

declare module 'virtual:locales' {
  import type { TypeOptions } from 'i18next';
  /** The namespaces: the file names of locales/en/*.json, sorted. */
  export const namespaces: readonly (keyof TypeOptions['resources'])[];
  /** The namespaces the first page needs; the others come with the pages that use them. */
  export const firstPage: readonly (keyof TypeOptions['resources'])[];
  type Strings = Promise<Record<string, Record<string, unknown>>>;
  /** A language's UI strings, by namespace: those of the first page, and the rest. */
  export const loaders: Record<string, { firstPage: () => Strings; pages: () => Strings }>;
}

/** The app's version, from package.json. */
declare const __APP_VERSION__: string;

/** True in the benchmark build only. */
declare const __BENCH__: boolean;
