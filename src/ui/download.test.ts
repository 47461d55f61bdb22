import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download.ts';

describe('fileNameFor', () => {
  it('keeps letters with accents whole', () => {
    expect(fileNameFor('Mål för året: Ärlig', 'csv')).toBe('Mål-för-året-Ärlig.csv');
  });

  it('cuts a long title at a dash, never inside a word, and keeps the suffix whole', () => {
    const title = 'Kompetansebeskrivelser for karriereveiledere, 2. des. 2026 (andre gang)';
    const name = fileNameFor(title, 'ics', 'review');
    expect(name).toBe('Kompetansebeskrivelser-for-karriereveiledere-2-des-2026-review.ics');
    expect(name.length).toBeLessThanOrEqual(60 + '-review.ics'.length);
  });

  it('names a title of nothing but punctuation, and one long word', () => {
    expect(fileNameFor('?!', 'json')).toBe('assessment.json');
    expect(fileNameFor('x'.repeat(80), 'json')).toBe(`${'x'.repeat(60)}.json`);
  });
});
