// What the loader reports about a framework file: where (file, line, column,
// path inside the document) and what, as a code with parameters (for the UI's
// translations) and as a plain English message (for the command line), whose
// words are the UI's English strings.
import en from '../../../locales/en/problems.json' with { type: 'json' };

export type ProblemCode =
  | 'file-too-large'
  | 'empty-file'
  | 'yaml-syntax'
  | 'unclosed-quote'
  | 'duplicate-key'
  | 'too-many-aliases'
  | 'too-deep'
  | 'forbidden-key'
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-field'
  | 'unknown-field-suggestion'
  | 'invalid-value'
  | 'wrong-format'
  | 'too-short'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'number-too-small'
  | 'number-too-large'
  | 'bad-language-code'
  | 'missing-source-language'
  | 'duplicate-id'
  | 'unknown-level'
  | 'levels-without-definition'
  | 'scale-not-increasing'
  | 'nothing-to-rate'
  | 'unknown-framework'
  | 'unknown-statement'
  | 'unplannable-statement'
  | 'not-on-scale'
  | 'unknown-section'
  | 'unknown-variant-level'
  | 'unknown-assessment'
  | 'unknown-request'
  | 'reserved-id'
  | 'request-misfit'
  | 'unreadable';

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  file: string;
  /** 1-based line */
  line: number;
  /** 1-based column */
  col: number;
  /** Where in the document, such as `sections[0].groups[1].items[3].text`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

/** A parameter named in words: type and format codes looked up, a bracketed "(list)" kept in brackets. */
const WORD_PARAMS: Record<string, 'type' | 'format'> = { expected: 'type', found: 'type', format: 'format' };

/**
 * The parameters of a problem as they are shown: type and format codes in the
 * words `lookup` gives (a language's `type` and `format` in problems.json),
 * any other value as it is. The UI and the command line both go through here.
 */
export function paramWords(
  params: ProblemParams,
  lookup: (group: 'type' | 'format', code: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(params)) {
    const value = String(raw);
    const group = WORD_PARAMS[name];
    const bare = /^\(([\w-]+)\)$/.exec(value)?.[1];
    const word = group && lookup(bare ? 'type' : group, bare ?? value);
    out[name] = word === undefined ? value : bare ? `(${word})` : word;
  }
  return out;
}

/** The English message, from the same strings the UI shows (locales/en/problems.json). */
export function formatMessage(code: ProblemCode, params: ProblemParams): string {
  const words = paramWords(params, (group, word) =>
    Object.hasOwn(en[group], word) ? en[group][word as keyof (typeof en)[typeof group]] : undefined,
  );
  return en.code[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => words[name] ?? '');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** `file:line:col: path: message`, the line the validator prints. */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.path}: ` : '';
  return `${problem.file}:${problem.line}:${problem.col}: ${where}${problem.message}`;
}
