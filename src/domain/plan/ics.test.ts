import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reviewIcs } from './ics.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const event = {
  uid: 'a1-plan-review@competency-self-assessment',
  date: '2027-03-01',
  now: Date.UTC(2026, 11, 1, 23, 5, 9, 123),
  summary: 'Kehityssuunnitelman arviointi: verkostoyhteistyö, kumppanit; ø',
  description: 'Tavoitteet:\n- Lue, kirjoita; opi\\toista\n'.repeat(6),
  url: 'http://localhost/app/#/assess/a1/again',
};

describe('the review date as an iCalendar file (RFC 5545)', () => {
  it('ends every line in CRLF and folds at 75 octets, never inside a character', () => {
    const text = reviewIcs(event);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(bytes(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // No replacement character: every fold fell between characters.
    expect(text).not.toContain('\uFFFD');
  });

  it('folds exactly at 75 octets, moving a two-octet letter that would straddle the limit', () => {
    const line = `${'x'.repeat(74)}äb`;
    expect(foldLine(line)).toBe(`${'x'.repeat(74)}\r\n äb`);
    const full = `${'y'.repeat(73)}ø${'z'.repeat(10)}`;
    const [first, second] = foldLine(full).split('\r\n');
    expect([bytes(first ?? ''), second]).toEqual([75, ` ${'z'.repeat(10)}`]);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('😀'.repeat(30)).split('\r\n').map(bytes)).toEqual([72, 49]);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('has a UID, a DTSTAMP in UTC and an all-day start', () => {
    const text = reviewIcs(event);
    expect(text).toContain('\r\nUID:a1-plan-review@competency-self-assessment\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261201T230509Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270301\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20270302\r\n');
  });

  it('opens in a calendar: a real parser reads back the event, its day and its texts', () => {
    const calendar = new ICAL.Component(ICAL.parse(reviewIcs(event)));
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2027-03-01');
    expect(parsed.endDate.toString()).toBe('2027-03-02');
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(`${event.description}\n\n${event.url}`);
    expect(vevent.getFirstPropertyValue('url')).toBe(event.url);
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T23:05:09Z');
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('keeps an id from an imported file on its UID line: a line break in it adds no property', () => {
    const uid = 'x\r\nATTACH:https://example.org/a\nBEGIN:VALARM-plan-review@competency-self-assessment';
    const text = reviewIcs({ ...event, uid, url: `${event.url}\r\nATTACH:https://example.org/b` });
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect(vevent?.getAllProperties('attach')).toEqual([]);
    expect(vevent?.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(vevent?.getFirstPropertyValue('uid')).toBe(uid.replace(/[\r\n]/g, ''));
  });
});
