// Language names and lists come from Intl, in the language they are shown in.

/** The name of a language, in another (or its own) language; `capitalized` for use as a label. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** Building an Intl.DisplayNames loads locale data: one per language, kept. */
function namesIn(language: string): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  return names;
}

export function languageName(code: string, inLanguage: string, capitalized = false): string {
  try {
    const name = namesIn(inLanguage).of(code) ?? code;
    return capitalized ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : name;
  } catch {
    return code;
  }
}

export function formatList(items: string[], inLanguage: string): string {
  try {
    return new Intl.ListFormat([inLanguage], { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
