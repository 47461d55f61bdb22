// The corpus of bad framework files: each gets a clear message with a position, or is
// accepted with its markup kept as plain text. None throws.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/domain/framework/loader.ts';
import type { ProblemCode } from '../../src/domain/framework/problems.ts';

const DIR = 'tests/fixtures/bad';
const EXPECTED: Record<string, ProblemCode | 'accepted'> = {
  'alias-bomb.yaml': 'too-many-aliases',
  'bom-crlf.yaml': 'accepted',
  'deep-nesting.yaml': 'too-deep',
  'duplicate-ids.yaml': 'duplicate-id',
  'duplicate-keys.yaml': 'duplicate-key',
  'html-script.yaml': 'accepted',
  'missing-source-language.yaml': 'missing-source-language',
  'proto-keys.yaml': 'forbidden-key',
  'syntax-error.yaml': 'yaml-syntax',
  'tabs.yaml': 'yaml-syntax',
  'unknown-level.yaml': 'unknown-level',
  'wrong-types.yaml': 'wrong-type',
};

describe('bad framework files', () => {
  it('has an expectation for every file in the corpus', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s: %s', (file, expected) => {
    const result = loadFramework(readFileSync(`${DIR}/${file}`, 'utf8'), file);
    if (expected === 'accepted') {
      expect(result.ok).toBe(true);
      return;
    }
    if (result.ok) throw new Error(`${file} was accepted`);
    expect(result.problems.map((p) => p.code)).toContain(expected);
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.message).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  });

  it('keeps markup as plain text', () => {
    const result = loadFramework(readFileSync(`${DIR}/html-script.yaml`, 'utf8'), 'html-script.yaml');
    expect(result.ok && result.framework.title.en).toBe(
      '<script>window.__pwned = true</script>Markup stays text',
    );
  });

  it('refuses a 10 MB file by its size, without parsing it', () => {
    const big = `${readFileSync(`${DIR}/bom-crlf.yaml`, 'utf8')}# ${'x'.repeat(10 * 1024 * 1024)}\n`;
    const result = loadFramework(big, 'ten-megabytes.yaml');
    expect(result.ok ? null : result.problems.map((p) => [p.code, p.line, p.col])).toEqual([
      ['file-too-large', 1, 1],
    ]);
  });
});
