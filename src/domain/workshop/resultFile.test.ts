import { describe, expect, it } from 'vitest';
import {
  exerciseOfResultFile,
  MAX_RESULT_FILE_CHARS,
  RESULT_FILE_FORMAT,
  readResultFile,
  resultFileName,
  writeResultFile,
} from './resultFile.ts';

const CODE = '1W0RKSH0PABCDEFGH12003ZZZ000XXXX';

describe('result files', () => {
  it('carry the code without dashes and read back', () => {
    const text = writeResultFile('1W0R-KSH0-PABC-DEFG-H120-03ZZ-Z000-XXXX');
    expect(JSON.parse(text)).toEqual({ format: RESULT_FILE_FORMAT, code: CODE });
    expect(readResultFile(text)).toEqual({ ok: true, code: CODE });
  });

  it('read a code typed in lower case with dashes, and a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify({ format: RESULT_FILE_FORMAT, code: '1w0r-ksh0-pabc-defg-h120-03zz-z000-xxxx' })}`;
    expect(readResultFile(text)).toEqual({ ok: true, code: CODE });
  });

  it('refuse what is not a result file, by reason', () => {
    expect(readResultFile('{"format":')).toEqual({ ok: false, problem: 'not-json' });
    expect(readResultFile('[1,2]')).toEqual({ ok: false, problem: 'other-format' });
    expect(readResultFile('null')).toEqual({ ok: false, problem: 'other-format' });
    expect(readResultFile(JSON.stringify({ format: 'competency-assessment/1', code: CODE }))).toEqual({
      ok: false,
      problem: 'other-format',
    });
    for (const code of [undefined, 42, '', '<script>alert(1)</script>', 'UUUU'])
      expect(readResultFile(JSON.stringify({ format: RESULT_FILE_FORMAT, code }))).toEqual({
        ok: false,
        problem: 'no-code',
      });
    const huge = JSON.stringify({ format: RESULT_FILE_FORMAT, code: 'A'.repeat(MAX_RESULT_FILE_CHARS) });
    expect(readResultFile(huge)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('ignore keys such as __proto__', () => {
    const text = `{"__proto__":{"format":"x"},"format":"${RESULT_FILE_FORMAT}","code":"${CODE}"}`;
    expect(readResultFile(text)).toEqual({ ok: true, code: CODE });
    expect(({} as Record<string, unknown>).format).toBeUndefined();
  });

  it('have a name from the exercise and the result', () => {
    expect(resultFileName('W0RKSH0P', 'ABCDEFGH')).toBe('result-w0rksh0p-abcdefgh.json');
  });
});

describe('the exercise a result file is named after', () => {
  const ids = ['ABCDEFGH', 'ABCDEFGJ'];

  it('is found from the name the participant’s app gives the file, in any case, also a copy of it', () => {
    expect(exerciseOfResultFile(resultFileName('ABCDEFGJ', 'R3SVXT01'), ids)).toBe('ABCDEFGJ');
    expect(exerciseOfResultFile('RESULT-ABCDEFGH-R3SVXT01.JSON', ids)).toBe('ABCDEFGH');
    expect(exerciseOfResultFile('result-abcdefgh-r3svxt01 (1).json', ids)).toBe('ABCDEFGH');
  });

  it('is none for a name that names another exercise, or is not a result file’s name', () => {
    for (const name of [
      resultFileName('ZZZZZZZZ', 'R3SVXT01'),
      'result-abcdefg-r1.json',
      'result-abcdefghx-r1.json',
      'my-result-abcdefgh-r1.json',
      'abcdefgh.json',
      'result-.json',
    ])
      expect(exerciseOfResultFile(name, ids), name).toBeNull();
    expect(exerciseOfResultFile(resultFileName('ABCDEFGH', 'R1'), [])).toBeNull();
  });
});
