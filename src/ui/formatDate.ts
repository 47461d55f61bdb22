// Every date the app shows goes through here: a stored or imported time can be
// any non-negative integer, and Intl throws a RangeError beyond ±8.64e15 ms.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
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
