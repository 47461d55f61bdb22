// A calendar reminder for a plan's review date, made on the device: an
// iCalendar file (RFC 5545) with one all-day event. Lines end in CRLF and
// are folded at 75 octets (3.1) without splitting a character; TEXT values
// are escaped (3.3.11).

export interface ReviewEvent {
  /** Stable for the plan, so a second download updates the same event. */
  uid: string;
  /** The review day, YYYY-MM-DD. */
  date: string;
  /** When the file is made (DTSTAMP, in UTC). */
  now: number;
  summary: string;
  description: string;
  /** The app's link to "rate again". */
  url: string;
}

const encoder = new TextEncoder();

/** A value that is not TEXT (UID, URL) with control characters left out, so none can end its line. */
const oneLine = (value: string) => value.replace(/\p{Cc}/gu, '');
const octets = (s: string) => encoder.encode(s).length;

/** A TEXT value escaped: backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line folded: at most 75 octets a line, continuations begin with a space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The .ics text of the review event (an alarm at 9:00 on the day). */
export function reviewIcs(e: ReviewEvent): string {
  const day = (d: string) => d.replace(/-/g, '');
  const description = escapeText(`${e.description}\n\n${e.url}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Competency self-assessment//Development plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${oneLine(e.uid)}`,
    `DTSTAMP:${stamp(e.now)}`,
    `DTSTART;VALUE=DATE:${day(e.date)}`,
    `DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${description}`,
    `URL:${oneLine(e.url)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT9H',
    `DESCRIPTION:${escapeText(e.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
