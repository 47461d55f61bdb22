// What the loader reports about a framework file: where (file, line, column,
// path inside the document) and what, as a code with parameters (for the UI's
// translations) and as a plain English message (for the command line).

export type ProblemCode =
  | 'file-too-large'
  | 'empty-file'
  | 'yaml-syntax'
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
  | 'unknown-framework'
  | 'unknown-statement'
  | 'not-on-scale'
  | 'unknown-section'
  | 'unknown-variant-level'
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

export const PROBLEM_TEMPLATES: Record<ProblemCode, string> = {
  'file-too-large': 'the file is {size} bytes; the limit is {limit} bytes',
  'empty-file': 'the file is empty',
  'yaml-syntax': 'not valid YAML: {detail}',
  'duplicate-key': 'the key "{key}" appears twice in the same mapping',
  'too-many-aliases':
    'too many YAML aliases (more than {limit}); the file is refused to keep the page responsive',
  'too-deep': 'nested more than {limit} levels deep',
  'forbidden-key': 'the key "{key}" is not allowed',
  'missing-field': 'missing (required)',
  'wrong-type': 'expected {expected}, found {found}',
  'unknown-field': 'unknown field "{key}"',
  'unknown-field-suggestion': 'unknown field "{key}" (did you mean "{suggestion}"?)',
  'invalid-value': 'must be one of {allowed}; found {found}',
  'wrong-format': '{format}',
  'too-short': 'must not be empty',
  'too-long': 'is {size} characters long; at most {limit} are allowed',
  'too-few': 'needs at least {limit} entries',
  'too-many': 'has {size} entries; at most {limit} are allowed',
  'number-too-small': 'must be at least {limit}',
  'number-too-large': 'must be at most {limit}',
  'bad-language-code': '"{key}" is not a language code (such as en, fi, sv, nl, nb)',
  'missing-source-language': "missing the source language '{language}'",
  'duplicate-id': 'the id "{id}" is already used at line {firstLine}',
  'unknown-level': 'level "{level}" is not one of the levels defined at the top ({known})',
  'levels-without-definition': 'uses level "{level}" but the framework defines no levels',
  'scale-not-increasing': 'scale values must increase: {value} follows {previous}',
  'unknown-framework': 'the framework "{id}" is not in this app',
  'unknown-statement': 'the statement "{id}" is not in the framework "{framework}"',
  'not-on-scale': 'the rating {value} is not on the scale of the framework "{framework}" ({allowed})',
  'unknown-section': 'the section "{id}" is not in the framework "{framework}"',
  'unknown-variant-level':
    'the level "{level}" is not one of the levels of the framework "{framework}" ({known})',
  unreadable: 'the file could not be read: {detail}',
};

/** English words for the type and format codes in parameters (the UI has its own in locales/<lang>/problems.json). */
export const PROBLEM_WORDS: Record<string, string> = {
  text: 'a text',
  number: 'a number',
  'whole-number': 'a whole number',
  decimal: 'a decimal number',
  boolean: 'true or false',
  list: 'a list',
  mapping: 'a mapping (key: value)',
  nothing: 'nothing',
  other: 'something else',
  'text-or-map': 'a text, or a mapping from language code to text',
  id: 'must start with a letter or digit and hold only letters, digits, ".", "_" and "-"',
  'framework-id': 'must be kebab-case: lower-case letters and digits joined by "-"',
  'language-code': 'must be a language code such as en, fi, sv, nl or nb',
  url: 'must be a web address starting with https:// or http://',
  '(list)': '(a list)',
  '(mapping)': '(a mapping)',
  '(nothing)': '(nothing)',
};
const WORD_PARAMS = new Set(['expected', 'found', 'format']);

export function formatMessage(code: ProblemCode, params: ProblemParams): string {
  return PROBLEM_TEMPLATES[code].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = String(params[name] ?? '');
    return WORD_PARAMS.has(name) ? (PROBLEM_WORDS[value] ?? value) : value;
  });
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
