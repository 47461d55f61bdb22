import { useTranslation } from 'react-i18next';

type Format = (value: number | null) => string;

/**
 * Every number of the results is formatted here: a value that rounds to zero
 * shows as 0,0 with no sign (signDisplay 'negative'; 'exceptZero' where a sign
 * is wanted), a negative one with the minus sign Intl gives the language.
 */
export function formatter(language: string, options: Intl.NumberFormatOptions): Format {
  const format = new Intl.NumberFormat(language, { signDisplay: 'negative', ...options });
  return (value) => (value === null ? '–' : format.format(value));
}

/** Means with one decimal in the UI language (2,5 in fi, sv, nl, nb; 2.5 in en); a dash when there is none. */
export function useNumber(): Format {
  const { i18n } = useTranslation();
  return formatter(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A single rating or a statement's gap as the whole number it is: 3, not 3.0. */
export function useRating(): Format {
  const { i18n } = useTranslation();
  return formatter(i18n.language, { maximumFractionDigits: 0 });
}

/** Signed change, such as +0,5 or −1,0 (`whole`: +1 for a single statement). */
export function useSignedNumber(whole = false): Format {
  const { i18n } = useTranslation();
  return formatter(i18n.language, {
    minimumFractionDigits: whole ? 0 : 1,
    maximumFractionDigits: whole ? 0 : 1,
    signDisplay: 'exceptZero',
  });
}
