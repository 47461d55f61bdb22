// Imports flow one way: domain <- store <- features (and app, ui); a feature
// does not import another; the shared pieces in src/ui import no feature and
// not the app shell; src/domain stays free of the browser; files stay small.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Where a relative import points, from the repository's root (`src/features/x/y.tsx`); others as written. */
function target(file: string, spec: string): string {
  return spec.startsWith('.')
    ? relative('.', resolve(dirname(file), spec))
        .split('\\')
        .join('/')
    : spec;
}

const FORBIDDEN: Record<string, RegExp> = {
  'src/domain': /\/(store|features|app|ui)\/|^react|^zustand|^i18next|^react-i18next/,
  'src/store': /\/(features|app|ui)\//,
};

/** Imports of `file` that reach into `src/features/<name>` other than its own. */
function otherFeatures(file: string, specs: readonly string[]): string[] {
  const own = /^src\/features\/([^/]+)\//.exec(file.split('\\').join('/'))?.[1];
  return specs.filter((s) => {
    const other = /^src\/features\/([^/]+)\//.exec(target(file, s))?.[1];
    return other !== undefined && other !== own;
  });
}

/** The browser's globals; src/domain runs in tests, the worker and the CLI, where they are missing. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'requestAnimationFrame',
  'matchMedia',
  'alert',
  'confirm',
  'crypto',
  'globalThis',
  'self',
];

/** Browser globals src/domain may read, by file, and why. */
const ALLOWED_GLOBALS: Record<string, string[]> = {
  // Web Crypto, which browsers, workers and Node all have: new ids (crypto.randomUUID, with a fallback)...
  'src/domain/assessment/model.ts': ['globalThis'],
  // ...and the random part of a workshop's codes (crypto.getRandomValues).
  'src/domain/workshop/alphabet.ts': ['globalThis'],
};

/** Code without comments and the text of strings, so that a word in either is not taken for a use. */
function codeOnly(text: string): string {
  return text.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    ' ',
  );
}

/** The browser globals `source` uses: a bare name, not a property (`x.document`) or an object key. */
function browserGlobals(source: string): string[] {
  const code = codeOnly(source);
  return BROWSER_GLOBALS.filter((name) => new RegExp(`(?<![.\\w$])${name}(?![\\w$]|\\s*:)`).test(code));
}

describe('architecture', () => {
  it.each(Object.entries(FORBIDDEN))('%s imports nothing from the layers above it', (dir, pattern) => {
    const offenders = files(dir).flatMap((f) =>
      importsOf(f)
        .filter((i) => pattern.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('a feature imports no other feature (shared pieces live in src/ui)', () => {
    const offenders = files('src/features').flatMap((f) =>
      otherFeatures(f, importsOf(f)).map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/ui imports no feature and not the app shell', () => {
    const offenders = files('src/ui').flatMap((f) =>
      importsOf(f)
        .filter((i) => /^src\/(features|app)\//.test(target(f, i)))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/domain uses no browser global beyond its allow-list', () => {
    const offenders = files('src/domain')
      .filter((f) => !/\.test\.ts$/.test(f))
      .flatMap((f) => {
        const allowed = ALLOWED_GLOBALS[f.split('\\').join('/')] ?? [];
        return browserGlobals(readFileSync(f, 'utf8'))
          .filter((g) => !allowed.includes(g))
          .map((g) => `${f}: ${g}`);
      });
    expect(offenders).toEqual([]);
  });

  it('the checks see what they look for', () => {
    expect(
      otherFeatures('src/features/questionnaire/A.tsx', ['../storage/B.tsx', './C.tsx', '../../ui/D.tsx']),
    ).toEqual(['../storage/B.tsx']);
    expect(browserGlobals('const x = window.innerWidth; localStorage.getItem(k);')).toEqual([
      'window',
      'localStorage',
    ]);
    expect(
      browserGlobals('// window\nconst s = "document"; a.location; ({ history: 1 }); readDocument();'),
    ).toEqual([]);
  });

  it('keeps source, scripts and CSS files small', () => {
    const large = [
      ...files('src', /\.(tsx?|css)$/),
      ...files('scripts', /\.(m?js|tsx?)$/),
      ...files('build', /\.tsx?$/),
    ]
      .map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(large).toEqual([]);
  });
});
