import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, formatPath, type ProblemCode, paramWords } from './problems.ts';

describe('problem messages', () => {
  it('has a UI text for every problem code the code names', () => {
    const ui = JSON.parse(readFileSync('locales/en/problems.json', 'utf8')).code;
    const source = readFileSync('src/domain/framework/problems.ts', 'utf8');
    const union = /export type ProblemCode =([^;]+);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([\w-]+)'/g)].map((m) => m[1] as ProblemCode);
    expect(codes.length).toBeGreaterThan(20);
    expect(Object.keys(ui).sort()).toEqual([...codes].sort());
  });

  it('keeps a bracketed type in its brackets and leaves other values as they are', () => {
    const words = paramWords(
      { found: '(list)', format: 'url', id: 'x' },
      (group, code) => `${group}:${code}`,
    );
    expect(words).toEqual({ found: '(type:list)', format: 'format:url', id: 'x' });
  });

  it('fills parameters and names types in words', () => {
    expect(formatMessage('wrong-type', { expected: 'text', found: 'list' })).toBe(
      'expected a text, found a list',
    );
    expect(formatMessage('duplicate-id', { id: 'x', firstLine: 4 })).toBe(
      'the id "x" is already used at line 4',
    );
  });

  it('writes paths the way they are read', () => {
    expect(formatPath(['sections', 0, 'groups', 1, 'items', 3, 'text'])).toBe(
      'sections[0].groups[1].items[3].text',
    );
  });
});
