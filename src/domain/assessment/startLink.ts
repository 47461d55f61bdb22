// The deep link that opens the start form with chosen settings
// (`#/assess/new?framework=&sections=&level=&lng=`), so nobody writes one by
// hand. Reading one back, and saying what it named that is not known here, is
// `prefillFrom` (domain/workshop/prefill.ts), the same as for an exercise's link.

export interface StartSettings {
  framework: string;
  /** null: every section (the link then names none). */
  sections: readonly string[] | null;
  level: string | null;
  /** The UI language the link opens in; null: the reader's own. */
  language: string | null;
}

const enc = encodeURIComponent;

/** The hash part of the link (`#/assess/new?...`); sections stay readable, joined by commas. */
export function startLinkHash({ framework, sections, level, language }: StartSettings): string {
  const parts = [`framework=${enc(framework)}`];
  if (sections?.length) parts.push(`sections=${sections.map(enc).join(',')}`);
  if (level) parts.push(`level=${enc(level)}`);
  if (language) parts.push(`lng=${enc(language)}`);
  return `#/assess/new?${parts.join('&')}`;
}
