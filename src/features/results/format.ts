import { useTranslation } from 'react-i18next';

/** Numbers with one decimal in the UI language (1,6 in fi, sv, nl, nb); a dash when there is none. */
export function useNumber(): (value: number | null) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (value) => (value === null ? '–' : format.format(value));
}

/** Signed change, such as +0,5 or −1,0. */
export function useSignedNumber(): (value: number | null) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return (value) => (value === null ? '–' : format.format(value));
}

export const COLORS = { current: '#1f6fbf', target: '#d9730d' } as const;
