// Every UI string exists in every language, and every key the code asks for exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/domain/language.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function keysOf(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join('locales', language)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    const tree = JSON.parse(readFileSync(join('locales', language, file), 'utf8')) as Tree;
    for (const [k, v] of flatten(tree)) all.set(`${ns}:${k}`, v);
  }
  return all;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')
        ? [join(dir, entry.name)]
        : [],
  );
}

const english = keysOf('en');

describe('locales', () => {
  it('has a folder for each UI language', () => {
    expect(readdirSync('locales').sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys of en, none empty', (language) => {
    const keys = keysOf(language);
    expect([...english.keys()].filter((k) => !keys.has(k))).toEqual([]);
    expect([...keys.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...keys].filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('keeps the same {{placeholders}} in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const language of UI_LANGUAGES) {
      const keys = keysOf(language);
      for (const [key, value] of english) {
        expect(placeholders(keys.get(key) ?? ''), `${language} ${key}`).toEqual(placeholders(value));
      }
    }
  });

  it('has every key the code uses with a fixed name', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const code = readFileSync(file, 'utf8');
      const ns = /useTranslation\('(\w+)'\)/.exec(code)?.[1] ?? 'common';
      for (const match of code.matchAll(/\bt\('([\w.:-]+)'/g)) {
        const key = match[1] ?? '';
        const full = key.includes(':') ? key : `${ns}:${key}`;
        const plural = [...english.keys()].some((k) => k.startsWith(`${full}_`));
        if (!english.has(full) && !plural) missing.push(`${file}: ${full}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
