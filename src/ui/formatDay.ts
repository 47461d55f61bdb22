import { formatDate } from './formatDate.ts';

/** A calendar day (YYYY-MM-DD, as a plan keeps it) in the UI language: that day wherever the device is. */
export function formatDay(day: string, language: string, unknown: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`), language, { dateStyle: 'long', timeZone: 'UTC' }, unknown);
}
