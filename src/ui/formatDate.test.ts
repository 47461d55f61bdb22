import { describe, expect, it } from 'vitest';
import { formatDate, regionalLocale } from './formatDate.ts';

const UNKNOWN = 'unknown date';
const medium: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

describe('formatDate', () => {
  it('formats a readable time in the given language', () => {
    const ms = Date.UTC(2024, 2, 15, 12);
    expect(formatDate(ms, 'en', medium, UNKNOWN)).toBe('Mar 15, 2024');
    expect(formatDate(new Date(ms), 'fi', { dateStyle: 'long' }, UNKNOWN)).toBe('15. maaliskuuta 2024');
    expect(formatDate(0, 'en', { dateStyle: 'medium', timeZone: 'UTC' }, UNKNOWN)).toBe('Jan 1, 1970');
  });

  it('formats the last time Intl can, and gives the unknown text one millisecond later', () => {
    expect(formatDate(8.64e15, 'en', { dateStyle: 'medium', timeZone: 'UTC' }, UNKNOWN)).toBe(
      'Sep 13, 275760',
    );
    expect(formatDate(8.64e15 + 1, 'en', medium, UNKNOWN)).toBe(UNKNOWN);
  });

  it.each([
    ['the largest safe integer', Number.MAX_SAFE_INTEGER],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['minus infinity', Number.NEGATIVE_INFINITY],
    ['a time before -8.64e15', -8.64e15 - 1],
    ['an invalid Date', new Date(Number.NaN)],
  ])('gives the unknown text for %s, with or without a time of day', (_, value) => {
    expect(formatDate(value, 'en', medium, UNKNOWN)).toBe(UNKNOWN);
    expect(formatDate(value, 'sv', { dateStyle: 'medium', timeStyle: 'short' }, 'okänt datum')).toBe(
      'okänt datum',
    );
  });

  it('gives the unknown text for a language Intl refuses', () => {
    expect(formatDate(0, 'not a language!', medium, UNKNOWN)).toBe(UNKNOWN);
  });
});

describe('regionalLocale', () => {
  it("takes the browser's own variant of the page's language, for its day-month order", () => {
    expect(regionalLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(regionalLocale('sv', ['fi-FI', 'sv-FI'])).toBe('sv-FI');
    expect(new Intl.DateTimeFormat(regionalLocale('en', ['en-GB']), { dateStyle: 'medium' }).format(0)).toBe(
      '1 Jan 1970',
    );
  });

  it("keeps the page's language when the browser has no variant of it", () => {
    expect(regionalLocale('nl', ['en-US', 'en'])).toBe('nl');
    expect(regionalLocale('en', ['en'])).toBe('en');
    expect(regionalLocale('fi', [])).toBe('fi');
  });
});
