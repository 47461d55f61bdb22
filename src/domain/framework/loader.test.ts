import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from './loader.ts';
import type { Problem } from './problems.ts';

const minimal = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

function problemsOf(text: string, file = 'test.yaml'): Problem[] {
  const result = loadFramework(text, file);
  if (result.ok) throw new Error('expected problems, got a framework');
  return result.problems;
}

/** The minimal framework with one line replaced (or inserted after it). */
function edit(find: string, replace: string): string {
  if (!minimal.includes(find)) throw new Error(`fixture lacks ${find}`);
  return minimal.replace(find, replace);
}

describe('loadFramework on valid input', () => {
  it('returns the framework with bare strings turned into source-language texts', () => {
    const result = loadFramework(minimal, 'minimal.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.title).toEqual({ en: 'A minimal framework' });
    expect(result.framework.sections[0]?.title).toEqual({ en: 'First section', fi: 'Ensimmäinen osio' });
    expect(result.framework.sections[0]?.groups[0]?.items[0]?.text).toEqual({
      en: 'can write a framework file',
    });
  });

  it('accepts a byte order mark and Windows line ends', () => {
    const result = loadFramework(`\uFEFF${minimal.replace(/\n/g, '\r\n')}`, 'crlf.yaml');
    expect(result.ok).toBe(true);
  });

  it('accepts the same framework written as JSON', () => {
    const framework = {
      format: 'competency-framework/1',
      id: 'json-one',
      version: '2',
      sourceLanguage: 'sv',
      subject: 'organisation',
      title: { sv: 'Ett ramverk' },
      sections: [
        { id: 'a', title: 'A', groups: [{ id: 'g', kind: 'criterion', items: [{ id: 'i', text: 'x' }] }] },
      ],
    };
    const result = loadFramework(JSON.stringify(framework, null, 2), 'one.json');
    expect(result.ok && result.framework.sections[0]?.title).toEqual({ sv: 'A' });
  });
});

describe('loadFramework reports each fault with file, line and column', () => {
  it('a file over 2 MB', () => {
    const [p] = problemsOf(`${minimal}# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(p).toMatchObject({ code: 'file-too-large', line: 1, col: 1, file: 'test.yaml' });
  });

  it('a YAML alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(problemsOf(bomb)[0]?.code).toBe('too-many-aliases');
  });

  it('a duplicate key, at the second occurrence', () => {
    const [p] = problemsOf(edit('version: "1"\n', 'version: "1"\nversion: "2"\n'));
    expect(p).toMatchObject({ code: 'duplicate-key', line: 4, col: 1 });
    expect(p?.message).toContain('"version"');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a %s key', (key) => {
    const [p] = problemsOf(
      edit('subject: individual\n', `subject: individual\n${key}: { polluted: true }\n`),
    );
    expect(p).toMatchObject({ code: 'forbidden-key', line: 6, col: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a duplicate statement id, pointing back to the first', () => {
    const text = edit(
      '            text: can write a framework file\n',
      '            text: can write a framework file\n          - id: S1-1\n            text: again\n',
    );
    const [p] = problemsOf(text);
    expect(p).toMatchObject({
      code: 'duplicate-id',
      line: 16,
      col: 17,
      path: 'sections[0].groups[0].items[1].id',
    });
    expect(p?.message).toBe('the id "S1-1" is already used at line 14');
  });

  it('an unknown level', () => {
    const text = edit('        kind: skill\n', '        kind: skill\n        level: plus3\n').replace(
      'sections:\n',
      'levels:\n  - { id: basis, label: Basic }\nsections:\n',
    );
    const [p] = problemsOf(text);
    expect(p).toMatchObject({ code: 'unknown-level', line: 15, col: 16 });
    expect(p?.message).toContain('plus3');
  });

  it('a level used where the framework defines none', () => {
    const [p] = problemsOf(edit('        kind: skill\n', '        kind: skill\n        level: basis\n'));
    expect(p?.code).toBe('levels-without-definition');
  });

  it('a cross-reference that is not a list of ids', () => {
    const [a] = problemsOf(edit('    title: { en', '    seeAlso: A1.2\n    title: { en'));
    expect(a).toMatchObject({ code: 'wrong-type', path: 'sections[0].seeAlso', line: 9, col: 14 });
    const [b] = problemsOf(edit('    title: { en', '    seeAlso: ["see A1.2!"]\n    title: { en'));
    expect(b).toMatchObject({ code: 'wrong-format', path: 'sections[0].seeAlso[0]', line: 9 });
  });

  it('scale values that do not increase', () => {
    const text = edit(
      'sections:\n',
      'scale:\n  - { value: 1, label: Low }\n  - { value: 1, label: High }\nsections:\n',
    );
    const [p] = problemsOf(text);
    expect(p).toMatchObject({ code: 'scale-not-increasing', path: 'scale[1].value', line: 9 });
  });

  it('wrong types, named in plain words', () => {
    const [p] = problemsOf(edit('version: "1"', 'version: 1'));
    expect(p).toMatchObject({ code: 'wrong-type', line: 3, col: 10 });
    expect(p?.message).toBe('expected a text, found a whole number');
  });

  it('a text missing the source language', () => {
    const [p] = problemsOf(
      edit('title: { en: First section, fi: Ensimmäinen osio }', 'title: { fi: Ensimmäinen osio }'),
    );
    expect(p).toMatchObject({ code: 'missing-source-language', path: 'sections[0].title', line: 9, col: 12 });
    expect(p?.message).toBe("missing the source language 'en'");
  });

  it('an unknown field, with a suggestion', () => {
    const problems = problemsOf(edit('title: A minimal framework', 'titel: A minimal framework'));
    const p = problems.find((q) => q.code === 'unknown-field-suggestion');
    expect(p?.message).toContain('unknown field "titel" (did you mean "title"?)');
    expect(p).toMatchObject({ line: 6, col: 1 });
  });

  it('a missing required field', () => {
    const problems = problemsOf(edit('subject: individual\n', ''));
    expect(problems.map((p) => [p.code, p.path])).toContainEqual(['missing-field', 'subject']);
  });

  it('tabs used for indentation', () => {
    const [p] = problemsOf(edit('      - id: g1\n', '\t- id: g1\n'));
    expect(p?.code).toBe('yaml-syntax');
    expect(p?.message).toContain('tab');
  });

  it('deep nesting, without a stack overflow', () => {
    expect(problemsOf(`a: ${'['.repeat(50_000)}`)[0]?.code).toMatch(/too-deep|yaml-syntax/);
    expect(problemsOf(`a: ${'['.repeat(40)}${']'.repeat(40)}`)[0]?.code).toBe('too-deep');
  });

  it('text that is not a framework at all', () => {
    expect(problemsOf('')[0]?.code).toBe('empty-file');
    expect(problemsOf('- a list\n')[0]?.message).toBe('expected a mapping (key: value), found a list');
    const format = problemsOf('format: something-else/2\n').find((p) => p.path === 'format');
    expect(format?.message).toBe('must be one of "competency-framework/1"; found "something-else/2"');
  });

  it('sorts problems by position', () => {
    const problems = problemsOf(
      edit('version: "1"', 'version: 1').replace('subject: individual', 'subject: person'),
    );
    expect(problems.map((p) => p.line)).toEqual([3, 5]);
  });
});
