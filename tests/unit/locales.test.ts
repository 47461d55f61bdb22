// Every UI string exists in every language with the same {{placeholders}}; the compiler
// knows every namespace (so it checks every key the code asks for).
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
    // `{{name}}` or `{{name, format}}`: the name must be the same, the format may differ.
    const placeholders = (s: string) =>
      [...s.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();
    for (const language of UI_LANGUAGES) {
      const keys = keysOf(language);
      for (const [key, value] of english) {
        expect(placeholders(keys.get(key) ?? ''), `${language} ${key}`).toEqual(placeholders(value));
      }
    }
  });

  // The keys the code asks for are checked by `tsc` against these types (src/i18next.d.ts).
  it('gives the compiler the English strings of every namespace', () => {
    const declared = readFileSync('src/i18next.d.ts', 'utf8');
    const imported = [...declared.matchAll(/^import type (\w+) from '\.\.\/locales\/en\/\1\.json';$/gm)];
    const typed = [...declared.matchAll(/^ {6}(\w+): typeof (\w+);$/gm)].filter((m) => m[1] === m[2]);
    const namespaces = readdirSync(join('locales', 'en'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    const hint = 'each locales/en/*.json is imported and typed in src/i18next.d.ts';
    expect(imported.map((m) => m[1]).sort(), hint).toEqual(namespaces);
    expect(typed.map((m) => m[1]).sort(), hint).toEqual(namespaces);
  });
});
