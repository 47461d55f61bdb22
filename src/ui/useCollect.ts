// Collecting result codes, for a workshop's results and a feedback request's
// alike: codes typed or pasted (what does not read stays in the field, to be
// corrected), scanned, or in files; each one read, kept or refused, and said in
// words. Nothing stored changes for a code that does not read.
import { useState } from 'react';
import { normalize } from '../domain/workshop/base32.ts';
import {
  codesInFile,
  type FileCodes,
  MAX_RESULT_FILE_BYTES,
  splitCodes,
} from '../domain/workshop/collect.ts';
import type { AddedResult } from '../domain/workshop/keptResult.ts';
import type { CodeProblem } from '../domain/workshop/resultCode.ts';

export interface Said {
  text: string;
  ok: boolean;
}

export interface CollectWords {
  /** The code at `number` (1-based, in what was handed in at once) does not read. */
  refused(number: number, problem: CodeProblem): string;
  /** Kept: `count` results are kept now. */
  added(count: number): string;
  updated: string;
  duplicate: string;
  fromFile(file: string, message: string): string;
  fileRefused(file: string, problem: Extract<FileCodes, { ok: false }>['problem']): string;
  /** Nothing that looks like a code was typed. */
  none: string;
}

export interface Collector {
  read(code: string): { ok: true; resultId: string } | { ok: false; problem: CodeProblem };
  /** Keeps a code that reads, as typed characters only (so the same code counts once however it was written). */
  keep(resultId: string, code: string): AddedResult;
  /** How many results are kept now. */
  count(): number;
  words: CollectWords;
}

export function useCollect({ read, keep, count, words }: Collector) {
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<Said[]>([]);

  function add(codes: readonly string[], source?: string): Said[] {
    return codes.map((code, i) => {
      const r = read(code);
      let said: Said;
      if (!r.ok) said = { ok: false, text: words.refused(i + 1, r.problem) };
      else {
        const done = keep(r.resultId, normalize(code) ?? code);
        said = { ok: true, text: done === 'added' ? words.added(count()) : words[done] };
      }
      return source ? { ...said, text: words.fromFile(source, said.text) } : said;
    });
  }

  function addTyped() {
    const codes = splitCodes(text);
    if (!codes.length) return setMessages([{ ok: false, text: words.none }]);
    const said = add(codes);
    setMessages(said);
    setText(codes.filter((_, i) => !said[i]?.ok).join('\n'));
  }

  async function addFiles(files: readonly File[]) {
    const said: Said[] = [];
    for (const file of files) {
      // A file far larger than any result file is refused by its size, never read into memory.
      const r: FileCodes =
        file.size > MAX_RESULT_FILE_BYTES
          ? { ok: false, problem: 'too-large' }
          : codesInFile(await file.text().catch(() => ''));
      if (r.ok) said.push(...add(r.codes, file.name));
      else said.push({ ok: false, text: words.fileRefused(file.name, r.problem) });
    }
    setMessages(said);
  }

  /** Codes the camera read: the newest first, the last fifty said. */
  function addScanned(scanned: string) {
    setMessages((m) => [...add(splitCodes(scanned)), ...m].slice(0, 50));
  }

  return { text, setText, messages, addTyped, addFiles, addScanned };
}
