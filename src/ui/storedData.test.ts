import { describe, expect, it } from 'vitest';
import { collectStoredData } from './storedData.ts';

function storageOf(entries: Record<string, string>, broken: string[] = []): Storage {
  const names = Object.keys(entries);
  return {
    get length() {
      return names.length;
    },
    key: (i: number) => names[i] ?? null,
    getItem(name: string) {
      if (broken.includes(name)) throw new DOMException('denied', 'SecurityError');
      return Object.hasOwn(entries, name) ? (entries[name] ?? null) : null;
    },
  } as Storage;
}

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));

describe('collectStoredData', () => {
  it('keeps every csa. key with its raw text, even text the app cannot read, and nothing else', () => {
    const unreadable = '{"state": {"assessments": [broken \u2028 \uD800';
    const file = collectStoredData(
      () =>
        storageOf({
          'csa.assessments': unreadable,
          'other.app': 'secret',
          'csa.assessments.backup.1': '',
          csa: 'no dot',
        }),
      '1.2.3',
      NOW,
    );
    expect(file).toEqual({
      format: 'csa-stored-data/1',
      appVersion: '1.2.3',
      savedAt: '2025-01-02T03:04:05.000Z',
      keys: { 'csa.assessments': unreadable, 'csa.assessments.backup.1': '' },
    });
    // Written and read back as JSON, the text is the same string.
    expect(JSON.parse(JSON.stringify(file)).keys['csa.assessments']).toBe(unreadable);
  });

  it('names a key it cannot read and still keeps the others', () => {
    const file = collectStoredData(() => storageOf({ 'csa.a': '1', 'csa.b': '2' }, ['csa.a']), '1', NOW);
    expect(file.keys).toEqual({ 'csa.b': '2' });
    expect(file.unreadable).toEqual({ 'csa.a': 'SecurityError: denied' });
  });

  it('says why when storage cannot be reached at all, instead of throwing', () => {
    const file = collectStoredData(
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      '1',
      new Date(Number.NaN),
    );
    expect(file).toMatchObject({
      keys: {},
      savedAt: '',
      problem: 'SecurityError: The operation is insecure.',
    });
  });
});
