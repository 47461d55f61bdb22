// A sentence the user hears or reads is one translated string with placeholders,
// not pieces put together in code (their order and punctuation differ by language).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name) ? [path] : [];
  });
}

describe('composed text', () => {
  it('builds no aria-label from pieces in a template literal', () => {
    const found = sources('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => /aria-label=\{`/.test(line))
        .map(({ at }) => at),
    );
    expect(found).toEqual([]);
  });
});
