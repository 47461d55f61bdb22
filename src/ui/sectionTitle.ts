import { localize } from '../domain/framework/localize.ts';
import type { LocalizedText } from '../domain/framework/schema.ts';

/** The section's id when it is a code such as "C3.1", otherwise nothing. */
export function sectionCode(section: { id: string }): string {
  return /^[A-Z]\d+(\.\d+)*$/.test(section.id) ? section.id : '';
}

/** A section's title, led by its code where it has one ("C3.1 Multiprofessional networking"). */
export function sectionTitle(
  section: { id: string; title: LocalizedText },
  language: string,
  sourceLanguage: string,
): string {
  const title = localize(section.title, language, sourceLanguage).text;
  const code = sectionCode(section);
  return code ? `${code} ${title}` : title;
}
