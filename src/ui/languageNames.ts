// Language names and lists come from Intl, in the language they are shown in.

/** Building an Intl.DisplayNames loads locale data: one per language, kept. */
const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(language: string): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  return names;
}

/** The name of a language, in another (or its own) language; `capitalized` for use as a label. */
export function languageName(code: string, inLanguage: string, capitalized = false): string {
  try {
    const name = namesIn(inLanguage).of(code) ?? code;
    return capitalized ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : name;
  } catch {
    return code;
  }
}

/** Items joined as a list ("a, b and c") in a language. */
export function formatList(items: string[], inLanguage: string): string {
  try {
    return new Intl.ListFormat([inLanguage], { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
