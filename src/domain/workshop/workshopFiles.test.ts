import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.ts';
import { summarizeFramework } from '../framework/summary.ts';
import { codesInFile, splitCodes } from './collect.ts';
import { layoutOf } from './exercise.ts';
import { type GroupCsvLabels, groupCsv, groupCsvOffered } from './groupCsv.ts';
import { prefillFrom } from './prefill.ts';
import { decodeResult, encodeResult, groupCode, type Rating } from './resultCode.ts';
import { RESULT_FILE_FORMAT } from './resultFile.ts';
import { exerciseOver, repoFramework } from './workshop.testing.ts';
import { checkCodes, MAX_FILE_RESULTS, readWorkshopFile, writeWorkshopFile } from './workshopFile.ts';

const fw: Framework = repoFramework('samenwerken.yaml');
const exercise = exerciseOver(
  fw,
  { sections: ['informatie-delen'], level: 'basis', title: 'Team day' },
  1_700_000_000_000,
  'ABCDEFGH',
);
const layout = layoutOf(fw, exercise);
const rated = (current: number, target: number): Rating[] =>
  layout.itemIds.map((_, i) =>
    i === 1
      ? { current: null, target: null, notApplicable: true }
      : { current, target, notApplicable: false },
  );
const code = (current: number, target: number, id: string) =>
  encodeResult(exercise, layout, rated(current, target), {}, id) as string;

describe('group CSV', () => {
  const labels = {
    header: ['exercise', 'result', 'section', 'id', 'statement', 'current', 'target', 'n/a'],
    yes: 'yes',
    no: 'no',
    join: (group: string, text: string) => `${group}: ${text}`,
  } satisfies GroupCsvLabels;
  const resultsOf = (ids: string[]) =>
    ids.map((id, n) => {
      const r = decodeResult(code(1 + (n % 3), 4, id), exercise, layout);
      if (!r.ok) throw new Error(r.problem);
      return r.result;
    });
  const five = resultsOf(['ZZZZZZZZ', 'AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC', 'DDDDDDDD']);

  it('has one row per result and statement, in the order of the result ids, named by id and text, without alias', () => {
    const csv = groupCsv(exercise, layout, five, labels, 'nl', fw.sourceLanguage) ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual(['exercise', 'result', 'section', 'id', 'statement', 'current', 'target', 'n/a']);
    expect(rows).toHaveLength(1 + 5 * layout.itemIds.length);
    const first = layout.scope[0]?.groups.find((g) => g.items.length)?.items[0];
    expect(rows[1]?.slice(0, 4)).toEqual([
      'ABCDEFGH',
      'AAAAAAAA',
      `informatie-delen ${fw.sections.find((s) => s.id === 'informatie-delen')?.title.nl}`,
      layout.itemIds[0],
    ]);
    expect(rows[1]?.[4]).toContain(first?.text.nl ?? '?');
    expect(rows[1]?.slice(5)).toEqual(['2', '4', 'no']);
    expect(rows[2]?.slice(5)).toEqual(['', '', 'yes']);
    expect(rows[1 + 4 * layout.itemIds.length]?.[1]).toBe('ZZZZZZZZ');
  });

  it('gives no row-level results below the anonymity threshold', () => {
    expect(exercise.threshold).toBe(5);
    expect(groupCsvOffered(exercise, 4)).toBe(false);
    expect(groupCsv(exercise, layout, five.slice(0, 4), labels, 'en', fw.sourceLanguage)).toBeNull();
    expect(groupCsvOffered(exercise, 5)).toBe(true);
    // Never below three, whatever the exercise says.
    expect(groupCsv({ ...exercise, threshold: 1 }, layout, five.slice(0, 2), labels, 'en', 'nl')).toBeNull();
    expect(
      groupCsv({ ...exercise, threshold: 3 }, layout, five.slice(0, 3), labels, 'en', 'nl'),
    ).not.toBeNull();
  });
});

describe('workshop file', () => {
  const codes = [code(2, 3, 'ZZZZZZZZ'), code(1, 4, 'AAAAAAAA')];

  it('reads back the exercise and its codes', () => {
    const read = readWorkshopFile(writeWorkshopFile(exercise, codes));
    expect(read).toEqual({ ok: true, exercise, codes: [...codes].sort() });
    if (!read.ok) return;
    const checked = checkCodes(read.exercise, layoutOf(fw, read.exercise), read.codes);
    expect(checked.ok && checked.results.map((r) => r.result.resultId)).toEqual(['AAAAAAAA', 'ZZZZZZZZ']);
  });

  it('refuses what is not a workshop file, with the reason', () => {
    const file = JSON.parse(writeWorkshopFile(exercise, codes));
    const with_ = (patch: object) => JSON.stringify({ ...file, ...patch });
    expect(readWorkshopFile('{"format"')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readWorkshopFile('[]').ok).toBe(false);
    expect(readWorkshopFile(with_({ format: 'competency-assessment/1' }))).toEqual({
      ok: false,
      problem: { kind: 'not-a-workshop-file' },
    });
    expect(readWorkshopFile(with_({ exercise: { ...exercise, threshold: 1 } }))).toEqual({
      ok: false,
      problem: { kind: 'bad-exercise', path: 'threshold' },
    });
    expect(readWorkshopFile(with_({ exercise: { ...exercise, id: '<script>' } })).ok).toBe(false);
    expect(readWorkshopFile(with_({ results: ['x', 3] }))).toEqual({
      ok: false,
      problem: { kind: 'bad-result', index: 1 },
    });
    expect(readWorkshopFile(with_({ results: new Array(MAX_FILE_RESULTS + 1).fill('x') }))).toEqual({
      ok: false,
      problem: { kind: 'too-many-results', count: MAX_FILE_RESULTS + 1 },
    });
    expect(readWorkshopFile(' '.repeat(6 * 1024 * 1024))).toEqual({
      ok: false,
      problem: { kind: 'too-large' },
    });
  });

  it('names the first code that does not belong to the exercise', () => {
    const other = { ...exercise, id: 'HGFEDCBA' };
    const foreign = encodeResult(other, layout, rated(0, 1), {}, 'BBBBBBBB') as string;
    expect(checkCodes(exercise, layout, [codes[0] as string, foreign])).toEqual({
      ok: false,
      index: 1,
      problem: 'other-exercise',
    });
  });
});

describe('collecting', () => {
  const a = code(2, 3, 'AAAAAAAA');
  const b = code(1, 4, 'BBBBBBBB');

  it('splits pasted text into codes: lines, spaces, commas, semicolons, grouped codes', () => {
    expect(splitCodes(`${a}\n\n ${b}, ${a};${b}\r\n`)).toEqual([a, b, a, b]);
    expect(splitCodes(groupCode(a))).toEqual([groupCode(a)]);
    const spaced = groupCode(a).replace(/-/g, ' ');
    expect(splitCodes(spaced).map((c) => decodeResult(c, exercise, layout).ok)).toEqual([true]);
  });

  it('reads a result file or a text file of codes, and refuses anything else', () => {
    expect(codesInFile(JSON.stringify({ format: RESULT_FILE_FORMAT, code: a }))).toEqual({
      ok: true,
      codes: [a],
    });
    expect(codesInFile(`\uFEFF${a}\n${b}\n`)).toEqual({ ok: true, codes: [a, b] });
    expect(codesInFile(JSON.stringify({ format: 'other', code: a }))).toEqual({
      ok: false,
      problem: 'not-a-result-file',
    });
    expect(codesInFile('{"code": ')).toEqual({ ok: false, problem: 'not-a-result-file' });
    expect(codesInFile('   ')).toEqual({ ok: false, problem: 'not-a-result-file' });
    expect(codesInFile('x'.repeat(600_000))).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('deep link prefill', () => {
  const summaries = [summarizeFramework(fw)];
  const languages = ['en', 'fi', 'sv', 'nl', 'nb'];

  it('takes what this device knows and names what it ignored', () => {
    expect(
      prefillFrom(
        { framework: 'samenwerken', sections: ['afspraken-maken', 'nope'], level: 'plus9', language: 'fi' },
        summaries,
        languages,
      ),
    ).toEqual({
      frameworkId: 'samenwerken',
      sections: ['afspraken-maken'],
      level: null,
      language: 'fi',
      ignored: [
        { what: 'section', value: 'nope' },
        { what: 'level', value: 'plus9' },
      ],
    });
    expect(
      prefillFrom({ framework: 'x', sections: ['s'], level: null, language: 'de' }, summaries, languages),
    ).toEqual({
      frameworkId: null,
      sections: null,
      level: null,
      language: null,
      ignored: [
        { what: 'framework', value: 'x' },
        { what: 'section', value: 's' },
        { what: 'language', value: 'de' },
      ],
    });
    expect(
      prefillFrom({ framework: null, sections: null, level: null, language: null }, summaries, languages)
        .ignored,
    ).toEqual([]);
  });
});
