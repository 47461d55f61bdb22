import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from './loader.ts';
import { summarizeFramework } from './summary.ts';

describe('summarizeFramework', () => {
  it('counts statements and sections and lists the complete languages, source first', () => {
    const result = loadFramework(readFileSync('tests/fixtures/minimal.yaml', 'utf8'), 'minimal.yaml');
    if (!result.ok) throw new Error('fixture invalid');
    const summary = summarizeFramework(result.framework);
    expect(summary.statements).toBe(1);
    expect(summary.sections).toEqual([
      { id: 'S1', title: { en: 'First section', fi: 'Ensimmäinen osio' }, statements: 1 },
    ]);
    // fi is only in one text, so the framework is complete in en alone.
    expect(summary.languages).toEqual(['en']);
  });
});
