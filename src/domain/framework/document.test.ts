import { describe, expect, it } from 'vitest';
import { readDocument } from './document.ts';

const problemsOf = (text: string) => {
  const read = readDocument(text, 'f.yaml', 100_000);
  return read.ok ? [] : read.problems.map((p) => `${p.line}:${p.col} ${p.code}`);
};

describe('an unterminated quote', () => {
  it('is reported where the quote opens, not at the end of the file', () => {
    expect(problemsOf('id: x\ntitle: "Meeting the client\nversion: 2\n')).toEqual(['2:8 unclosed-quote']);
  });

  it('names the quote mark, single or double, also in a list', () => {
    const read = readDocument("items:\n  - 'open\n  - b\n", 'f.yaml', 100_000);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => [p.line, p.col, p.params.quote])).toEqual([[2, 5, "'"]]);
      expect(read.problems[0]?.message).toMatch(/starts with ' here is never closed/);
    }
  });

  it('names a double quote mark too, where it opens in a list', () => {
    const read = readDocument('items:\n  - a\n  - "open\n  - b\n', 'f.yaml', 100_000);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => [p.line, p.col, p.params.quote])).toEqual([[3, 5, '"']]);
      expect(read.problems[0]?.message).toMatch(/starts with " here is never closed/);
    }
  });

  it('leaves other syntax errors where the parser puts them', () => {
    expect(problemsOf('a: [1, 2\nb: 3\n')[0]).toMatch(/yaml-syntax/);
  });
});
