// Language names and lists come from Intl, in the language they are shown in.

export function languageName(code: string, inLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
    return code === inLanguage ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : name;
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
