// Every date the app shows goes through here: a stored or imported time can be
// any non-negative integer, and Intl throws a RangeError beyond ±8.64e15 ms.

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The browser's own variant of the page's language where it has one (en-GB, nl-BE,
 * sv-FI: their day-month order and 24-hour clock), else the page's language.
 */
export function regionalLocale(language: string, preferred: readonly string[]): string {
  const base = language.toLowerCase();
  return preferred.find((l) => l.toLowerCase().split('-')[0] === base && l.includes('-')) ?? language;
}

function formatIn(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
    format = new Intl.DateTimeFormat(regionalLocale(language, preferred), options);
    formats.set(key, format);
  }
  return format;
}

/**
 * A time (ms since 1970, or a Date) in the user's language, or `unknown` (the
 * localized "unknown date") for anything Intl cannot format: NaN, infinities,
 * times out of range, a language Intl refuses. Never throws.
 */
export function formatDate(
  value: number | Date,
  language: string,
  options: Intl.DateTimeFormatOptions,
  unknown: string,
): string {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return unknown;
  try {
    return formatIn(language, options).format(ms);
  } catch {
    return unknown;
  }
}
