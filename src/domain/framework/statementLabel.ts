// How a statement is named where it stands alone (the results sentence, the
// lists and tables of the results, the CSV). Some statements are a word or two
// that only make sense under their group's title ("Sysselsättning" under
// "Navigatorn ska svara på kundens alla behov av karriärvägledning"): such a
// statement is named with its group's title before it.
import { localize } from './localize.ts';
import type { Framework, Group, Item } from './schema.ts';

/** A statement of at most this many words (in the framework's source language) cannot stand alone. */
export const SHORT_STATEMENT_WORDS = 3;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether a statement is too short to stand alone: its source-language text has
 * at most `SHORT_STATEMENT_WORDS` words. Decided on the source text, so a
 * statement is named the same way in every language.
 */
export function isShortStatement(item: Pick<Item, 'text'>, sourceLanguage: string): boolean {
  return wordCount(localize(item.text, sourceLanguage, sourceLanguage).text) <= SHORT_STATEMENT_WORDS;
}

/** Joins a group's title and a statement's text into one label (a translated "{{group}}: {{text}}"). */
export type JoinLabel = (group: string, statement: string) => string;

/**
 * A statement's label where it stands alone, in `language`: its text, or, for a
 * short statement in a group with a title, the title (without a closing colon)
 * and the text joined by `join`.
 */
export function statementLabel(
  item: Pick<Item, 'text'>,
  group: Pick<Group, 'title'>,
  language: string,
  sourceLanguage: string,
  join: JoinLabel,
): string {
  const text = localize(item.text, language, sourceLanguage).text;
  if (!group.title || !isShortStatement(item, sourceLanguage)) return text;
  const title = localize(group.title, language, sourceLanguage).text.replace(/\s*[:;,]\s*$/, '');
  return join(title, text);
}

/** Every item's label where it stands alone (`statementLabel`), by id. */
export function statementLabels(fw: Framework, language: string, join: JoinLabel): Map<string, string> {
  const labels = new Map<string, string>();
  for (const section of fw.sections)
    for (const group of section.groups)
      for (const item of group.items)
        labels.set(item.id, statementLabel(item, group, language, fw.sourceLanguage, join));
  return labels;
}
