// @vitest-environment jsdom
// Collecting codes: what is kept, what is said, what stays in the field; one behaviour per test.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../domain/workshop/base32.ts';
import { resultChange } from '../domain/workshop/keptResult.ts';
import { RESULT_FILE_FORMAT } from '../domain/workshop/resultFile.ts';
import { type CollectWords, useCollect } from './useCollect.ts';

const words: CollectWords = {
  refused: (n, problem) => `#${n} refused: ${problem}`,
  added: (count) => `added, ${count} now`,
  updated: 'updated',
  duplicate: 'duplicate',
  fromFile: (file, message) => `${file}: ${message}`,
  fileRefused: (file, problem) => `${file} refused: ${problem}`,
  none: 'no code',
};

/** Codes that read are "AAAA…" and "BBBB…" (result ids A and B, in any case, with dashes); kept in a map. */
function collector() {
  const kept = new Map<string, string>();
  const hook = renderHook(() =>
    useCollect({
      read: (code) => {
        const c = normalize(code) ?? '';
        return /^(A{4}|B{4})\w*$/.test(c)
          ? { ok: true, resultId: c[0] ?? '' }
          : { ok: false, problem: 'not-a-code' };
      },
      keep: (resultId, code) => {
        const change = resultChange(
          kept.has(resultId) ? { code: kept.get(resultId) ?? '' } : undefined,
          code,
        );
        if (change !== 'duplicate') kept.set(resultId, code);
        return change;
      },
      count: () => kept.size,
      words,
    }),
  );
  return { kept, hook };
}

afterEach(cleanup);

describe('useCollect', () => {
  it('keeps each typed code that reads, as typed characters only, and says what each did', () => {
    const { kept, hook } = collector();
    act(() => hook.result.current.setText('aaaa-1111, nope\nBBBB2222'));
    act(() => hook.result.current.addTyped());
    expect(hook.result.current.messages.map((m) => [m.ok, m.text])).toEqual([
      [true, 'added, 1 now'],
      [false, '#2 refused: not-a-code'],
      [true, 'added, 2 now'],
    ]);
    expect([...kept]).toEqual([
      ['A', 'AAAA1111'],
      ['B', 'BBBB2222'],
    ]);
  });

  it('leaves what did not read in the field, to be corrected', () => {
    const { hook } = collector();
    act(() => hook.result.current.setText('AAAA1111 nope BBBB2222 nix'));
    act(() => hook.result.current.addTyped());
    expect(hook.result.current.text).toBe('nope\nnix');
  });

  it('counts the same code once and replaces a changed one', () => {
    const { kept, hook } = collector();
    act(() => hook.result.current.setText('AAAA1111\naaaa-1111\nAAAA2222'));
    act(() => hook.result.current.addTyped());
    expect(hook.result.current.messages.map((m) => m.text)).toEqual(['added, 1 now', 'duplicate', 'updated']);
    expect(kept.get('A')).toBe('AAAA2222');
  });

  it('says so when nothing like a code was typed, and keeps nothing', () => {
    const { kept, hook } = collector();
    act(() => hook.result.current.setText(' ,; \n'));
    act(() => hook.result.current.addTyped());
    expect(hook.result.current.messages).toEqual([{ ok: false, text: 'no code' }]);
    expect(kept.size).toBe(0);
  });

  it('reads result files and text files of codes, naming each file; a file of another kind is refused', async () => {
    const { kept, hook } = collector();
    const result = new File([JSON.stringify({ format: RESULT_FILE_FORMAT, code: 'AAAA1111' })], 'a.json');
    const codes = new File(['BBBB2222\nnope'], 'codes.txt');
    const other = new File(['{"format":"something-else"}'], 'other.json');
    await act(() => hook.result.current.addFiles([result, codes, other]));
    expect(hook.result.current.messages.map((m) => m.text)).toEqual([
      'a.json: added, 1 now',
      'codes.txt: added, 2 now',
      'codes.txt: #2 refused: not-a-code',
      'other.json refused: not-a-result-file',
    ]);
    expect(kept.size).toBe(2);
  });

  it('refuses a file far larger than a result file by its size, without reading it', async () => {
    const { kept, hook } = collector();
    const text = vi.fn(async () => 'AAAA1111');
    const huge = { name: 'huge.txt', size: 2 ** 31, text } as unknown as File;
    await act(() => hook.result.current.addFiles([huge]));
    expect(hook.result.current.messages.map((m) => m.text)).toEqual(['huge.txt refused: too-large']);
    expect(text).not.toHaveBeenCalled();
    expect(kept.size).toBe(0);
  });

  it('lists what the camera read newest first', () => {
    const { hook } = collector();
    act(() => hook.result.current.addScanned('AAAA1111'));
    act(() => hook.result.current.addScanned('BBBB2222'));
    expect(hook.result.current.messages.map((m) => m.text)).toEqual(['added, 2 now', 'added, 1 now']);
  });
});
