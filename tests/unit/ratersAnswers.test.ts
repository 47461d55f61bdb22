// Whether an assessment is a rater's answers to someone else's request (hidden
// from their list until they keep a copy) is decided in one place, `ratersOnly`
// (domain/assessment/model.ts): the list, the delete dialog's follow-ups, "Keep a
// copy" and "Remove my answers" cannot drift apart when the rule changes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Files that may read `feedback.kept` themselves, and why. */
const ALLOWED: Record<string, string> = {
  'src/domain/assessment/model.ts': 'the rule itself (ratersOnly)',
  'src/ui/FeedbackBanner.tsx': 'on the rater’s own pages: which words, “kept” or “Keep a copy”',
};

describe('a rater’s answers, hidden until kept', () => {
  it('are told apart by ratersOnly alone', () => {
    const readers = files('src')
      .map((f) => f.split('\\').join('/'))
      .filter((f) => !/\.test\.tsx?$/.test(f) && !(f in ALLOWED))
      .filter((f) => /feedback\??\.kept\b/.test(readFileSync(f, 'utf8').replace(/\/\/[^\n]*/g, '')));
    expect(readers).toEqual([]);
  });
});
