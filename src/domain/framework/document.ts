// Reading untrusted YAML or JSON text into plain data, with positions kept
// for messages: size limit, YAML syntax, duplicate keys, prototype keys,
// nesting depth and alias expansion are all checked here. Never throws.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { Finding, Path } from './checks.ts';
import { formatMessage, formatPath, type Problem, type ProblemCode, type ProblemParams } from './problems.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 24;
const MAX_PROBLEMS = 200;
const ALIAS_LIMIT = 100;

interface Located {
  line: number;
  col: number;
}

export type ReadResult =
  | { ok: true; data: unknown; toProblems(findings: Finding[]): Problem[] }
  | { ok: false; problems: Problem[] };

function utf8Length(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length; // cannot exceed the limit; exact size not needed
  return new TextEncoder().encode(text).length;
}

export function problem(
  file: string,
  at: Located,
  path: Path,
  code: ProblemCode,
  params: ProblemParams = {},
): Problem {
  return {
    file,
    line: at.line,
    col: at.col,
    path: formatPath(path),
    code,
    params,
    message: formatMessage(code, params),
  };
}

/** The YAML node at a path: the value, or with `key` the key itself. Falls back to the nearest parent. */
function nodeAt(doc: Document, path: Path, key = false): Node | null {
  let node: unknown = doc.contents;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      if (last && key) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const next = node.items[segment];
      if (!next) return node;
      node = next;
    } else {
      break;
    }
  }
  return (node as Node | null) ?? null;
}

function locate(doc: Document, counter: LineCounter, path: Path, key = false): Located {
  const node = nodeAt(doc, path, key);
  const offset = node?.range?.[0] ?? 0;
  return counter.linePos(offset);
}

/** Checks the raw YAML tree for keys that could reach prototypes, and for runaway nesting. */
function scanTree(doc: Document, counter: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length && problems.length < MAX_PROBLEMS) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!node || isScalar(node) || isAlias(node)) continue;
    const range = (node as Node).range;
    if (depth > MAX_DEPTH) {
      problems.push(problem(file, counter.linePos(range?.[0] ?? 0), [], 'too-deep', { limit: MAX_DEPTH }));
      break;
    }
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = String(pair.key.value);
          const at = counter.linePos(pair.key.range?.[0] ?? 0);
          if (keys.has(key)) problems.push(problem(file, at, [], 'duplicate-key', { key }));
          if (FORBIDDEN_KEYS.has(key)) problems.push(problem(file, at, [], 'forbidden-key', { key }));
          keys.add(key);
        } else if (pair.key) {
          stack.push([pair.key, depth + 1]);
        }
        stack.push([pair.value, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([isPair(item) ? item.value : item, depth + 1]);
    }
  }
  return problems;
}

/** Where an unterminated quoted text opens: the parser reports its end (often the end of the file). */
function quoteOpening(doc: Document, end: number): { start: number; quote: string } | undefined {
  let found: { start: number; quote: string } | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (!quoted || node.range?.[1] !== end) return undefined;
      found = { start: node.range[0], quote: node.type === 'QUOTE_SINGLE' ? "'" : '"' };
      return visit.BREAK;
    },
  });
  return found;
}

function yamlProblems(doc: Document, counter: LineCounter, file: string): Problem[] {
  if (doc.errors.some((error) => /call stack/i.test(error.message))) {
    return [problem(file, { line: 1, col: 1 }, [], 'too-deep', { limit: MAX_DEPTH })];
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const at = counter.linePos(error.pos[0]);
    let found: Problem;
    const opening = error.code === 'MISSING_CHAR' ? quoteOpening(doc, error.pos[0]) : undefined;
    if (opening !== undefined) {
      found = problem(file, counter.linePos(opening.start), [], 'unclosed-quote', { quote: opening.quote });
    } else if (error.code === 'TAB_AS_INDENT') {
      found = problem(file, at, [], 'yaml-syntax', {
        detail: 'a tab is used for indentation; indent with spaces',
      });
    } else {
      const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
      found = problem(file, at, [], 'yaml-syntax', { detail });
    }
    const key = `${found.line}:${found.col}:${found.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(found);
    if (problems.length >= 50) break;
  }
  return problems;
}

function findingsToProblems(
  findings: Finding[],
  doc: Document,
  counter: LineCounter,
  file: string,
): Problem[] {
  return findings.slice(0, MAX_PROBLEMS).map((finding) => {
    const onKey = finding.code === 'unknown-field' || finding.code === 'unknown-field-suggestion';
    const params = { ...finding.params };
    if (finding.relatedPath) params.firstLine = locate(doc, counter, finding.relatedPath).line;
    return problem(file, locate(doc, counter, finding.path, onKey), finding.path, finding.code, params);
  });
}

/** Parses `text` (YAML or JSON) from `file` into plain data, or says what is wrong and where. */
export function readDocument(text: string, file: string, maxBytes: number): ReadResult {
  try {
    const bytes = utf8Length(text, maxBytes);
    if (bytes > maxBytes) {
      return {
        ok: false,
        problems: [
          problem(file, { line: 1, col: 1 }, [], 'file-too-large', { size: bytes, limit: maxBytes }),
        ],
      };
    }
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (!body.trim()) return { ok: false, problems: [problem(file, { line: 1, col: 1 }, [], 'empty-file')] };

    const counter = new LineCounter();
    const doc = parseDocument(body, {
      lineCounter: counter,
      prettyErrors: false,
      uniqueKeys: false,
      schema: 'core',
    });
    if (doc.errors.length) return { ok: false, problems: yamlProblems(doc, counter, file) };

    const treeProblems = scanTree(doc, counter, file);
    if (treeProblems.length) return { ok: false, problems: treeProblems };

    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: ALIAS_LIMIT });
    } catch {
      return {
        ok: false,
        problems: [problem(file, { line: 1, col: 1 }, [], 'too-many-aliases', { limit: ALIAS_LIMIT })],
      };
    }
    return {
      ok: true,
      data,
      toProblems(findings) {
        const problems = findingsToProblems(findings, doc, counter, file);
        return problems.sort((a, b) => a.line - b.line || a.col - b.col);
      },
    };
  } catch (error) {
    // Deep recursion in the parser or anything else unforeseen: report, never throw.
    const detail = error instanceof RangeError ? 'nested too deeply' : 'unexpected content';
    return { ok: false, problems: [problem(file, { line: 1, col: 1 }, [], 'unreadable', { detail })] };
  }
}
