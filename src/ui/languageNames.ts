// Language names and lists come from Intl, in the language they are shown in.

/** The name of a language, in another (or its own) language; `capitalized` for use as a label. */
export function languageName(code: string, inLanguage: string, capitalized = false): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
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
