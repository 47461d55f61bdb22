// Imports flow one way: domain <- store <- features (and app, ui).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
    (m) => m[1] ?? '',
  );
}

const FORBIDDEN: Record<string, RegExp> = {
  'src/domain': /\/(store|features|app|ui)\/|^react|^zustand|^i18next|^react-i18next/,
  'src/store': /\/(features|app|ui)\//,
};

describe('architecture', () => {
  it.each(Object.entries(FORBIDDEN))('%s imports nothing from the layers above it', (dir, pattern) => {
    const offenders = files(dir).flatMap((f) =>
      importsOf(f)
        .filter((i) => pattern.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps source files small', () => {
    const large = files('src')
      .map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(large).toEqual([]);
  });
});
