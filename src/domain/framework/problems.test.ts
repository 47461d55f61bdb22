import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, formatPath, PROBLEM_TEMPLATES } from './problems.ts';

describe('problem messages', () => {
  it('has a UI text for every problem code', () => {
    const ui = JSON.parse(readFileSync('locales/en/problems.json', 'utf8')).code;
    expect(Object.keys(ui).sort()).toEqual(Object.keys(PROBLEM_TEMPLATES).sort());
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
