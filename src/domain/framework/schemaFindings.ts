// Turns the schema's validation issues into findings a person can act on:
// "expected a text, found a list", "unknown field "titel" (did you mean title?)".
import type { z } from 'zod';
import type { Finding, Path } from './checks.ts';

type Issue = z.core.$ZodIssue;

const KNOWN_FIELDS = [
  'format',
  'id',
  'version',
  'sourceLanguage',
  'subject',
  'title',
  'intro',
  'source',
  'publisher',
  'year',
  'url',
  'license',
  'note',
  'scale',
  'value',
  'label',
  'description',
  'levels',
  'level',
  'sections',
  'seeAlso',
  'groups',
  'kind',
  'items',
  'text',
];

/** Type names as codes; problems.ts (and the UI's locales) turn them into words. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  boolean: 'boolean',
  array: 'list',
  object: 'mapping',
  record: 'mapping',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'whole-number' : 'decimal';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'mapping';
  return 'other';
}

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? JSON.stringify(value)
    : `(${describeValue(value)})`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + cost);
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestField(key: string): string {
  let best = '';
  let bestDistance = 3;
  for (const field of KNOWN_FIELDS) {
    const d = distance(key, field);
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  return best;
}

const toPath = (path: readonly PropertyKey[]): Path =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

function isPlainMapping(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function findingsFromIssue(issue: Issue, data: unknown, base: Path = []): Finding[] {
  const path = [...base, ...toPath(issue.path)];
  const found = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return [{ path, code: 'missing-field', params: {} }];
      const expected = EXPECTED[issue.expected] ?? String(issue.expected);
      return [{ path, code: 'wrong-type', params: { expected, found: describeValue(found) } }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key): Finding => {
        const suggestion = suggestField(key);
        return suggestion
          ? { path: [...path, key], code: 'unknown-field-suggestion' as const, params: { key, suggestion } }
          : { path: [...path, key], code: 'unknown-field' as const, params: { key } };
      });
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [
        found === undefined
          ? { path, code: 'missing-field', params: {} }
          : { path, code: 'invalid-value', params: { allowed, found: shown(found) } },
      ];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ path, code: 'too-short', params: {} }];
      if (issue.origin === 'array')
        return [{ path, code: 'too-few', params: { limit: Number(issue.minimum) } }];
      return [{ path, code: 'number-too-small', params: { limit: Number(issue.minimum) } }];
    case 'too_big': {
      const size = typeof found === 'string' || Array.isArray(found) ? found.length : 0;
      if (issue.origin === 'string')
        return [{ path, code: 'too-long', params: { size, limit: Number(issue.maximum) } }];
      if (issue.origin === 'array')
        return [{ path, code: 'too-many', params: { size, limit: Number(issue.maximum) } }];
      return [{ path, code: 'number-too-large', params: { limit: Number(issue.maximum) } }];
    }
    case 'invalid_format': {
      const format =
        issue.format === 'url'
          ? 'url'
          : ['id', 'framework-id', 'language-code'].includes(issue.message)
            ? issue.message
            : 'other';
      return [{ path, code: 'wrong-format', params: { format } }];
    }
    case 'invalid_key':
      return [{ path, code: 'bad-language-code', params: { key: String(path[path.length - 1] ?? '') } }];
    case 'invalid_union': {
      // Only localized texts are unions: a bare string or a map of languages.
      const branch = isPlainMapping(found) ? issue.errors[1] : undefined;
      if (branch?.length) return branch.flatMap((inner) => findingsFromIssue(inner, data, path));
      return [
        found === undefined
          ? { path, code: 'missing-field', params: {} }
          : {
              path,
              code: 'wrong-type',
              params: {
                expected: 'text-or-map',
                found: describeValue(found),
              },
            },
      ];
    }
    default:
      return [{ path, code: 'wrong-format', params: { format: 'other' } }];
  }
}
