// A 1EdTech CASE package read as a framework. The isChildOf tree (caseTree.ts)
// gives the structure: top items are sections, the leaves are the rated
// statements, their parents are groups, and the headings in between become
// group intros, so every item's text ends up somewhere. Ids come from each
// item's code or identifier, never from a position, so a newer package of the
// same document keeps every answer on its item. Our own export's extension
// (caseExport.ts) restores what CASE has no field for.
import { checkFramework } from '../framework/checks.ts';
import { readDocument } from '../framework/document.ts';
import type { Problem } from '../framework/problems.ts';
import { type Framework, LIMITS, makeFrameworkSchema } from '../framework/schema.ts';
import { findingsFromIssue } from '../framework/schemaFindings.ts';
import { type CaseItem, type CaseNote, type CasePackage, type Refusal, readCase } from './caseRead.ts';
import { buildTree, documentId, itemIds } from './caseTree.ts';

export type { CaseNote } from './caseRead.ts';
export { looksLikeCase } from './caseRead.ts';

export type CaseImportResult =
  | { ok: true; framework: Framework; notes: CaseNote[] }
  | { ok: false; problems: Problem[] };

type Obj = Record<string, unknown>;
type Text = Record<string, string>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const textMap = (v: unknown): Text | undefined =>
  isObj(v) && Object.values(v).every((t) => typeof t === 'string') ? (v as Text) : undefined;

function kindOf(type: string | undefined): 'knowledge' | 'skill' | 'criterion' {
  if (type && /knowledge|kennis|tieto|kunskap|kunnskap/i.test(type)) return 'knowledge';
  if (type && /skill|vaardig|taito|färdig|ferdig|competenc/i.test(type)) return 'skill';
  return 'criterion';
}

interface Options {
  /** Use our own export's extension (off for a second try when it does not check out). */
  extensions: boolean;
}

function toFramework(pkg: CasePackage, treeNotes: CaseNote[], { extensions }: Options): unknown {
  const { doc } = pkg;
  const lang = doc.language ?? 'en';
  const tree = buildTree(pkg);
  treeNotes.push(...tree.notes);
  const ids = itemIds(pkg.items);
  const kids = (i: CaseItem) => tree.children.get(i.identifier) ?? [];
  const ext = (i: CaseItem): Obj => (extensions && isObj(i.extension) ? i.extension : {});
  /** The package's text in its language, with the extension's translations (as they are where
   * the extension has no text in that language: the package's text was then a fallback). */
  const local = (text: string, more?: unknown): Text => {
    const map = textMap(more);
    return map && !(lang in map) ? map : { ...map, [lang]: text };
  };
  const idOf = (i: CaseItem) => {
    const own = ext(i).id;
    return typeof own === 'string' && own ? own : (ids.get(i.identifier) as string);
  };
  const byIdentifier = new Map(pkg.items.map((i) => [i.identifier, i]));

  const statement = (i: CaseItem) => {
    const e = ext(i);
    const description = i.notes ? local(i.notes, e.description) : textMap(e.description);
    return {
      id: idOf(i),
      text: local(i.fullStatement, e.text),
      ...(description ? { description } : {}),
      ...(Array.isArray(e.seeAlso) ? { seeAlso: e.seeAlso } : {}),
    };
  };
  const heading = (i: CaseItem) => {
    const e = ext(i);
    if (e.untitled === true) return {};
    const long = i.abbreviated && i.fullStatement.length > 200;
    return { title: long ? local(i.abbreviated as string) : local(i.fullStatement, e.text) };
  };
  const cut: string[] = [];
  /** Texts joined as one intro; where they run over the text limit, the first are left out (and noted). */
  const joined = (parts: (string | undefined)[]) => {
    const list = parts.filter((p): p is string => !!p);
    let length = list.reduce((n, p) => n + p.length + 2, -2);
    while (list.length > 1 && length > LIMITS.textLength) {
      const first = list.shift() as string;
      cut.push(first.slice(0, 120));
      length -= first.length + 2;
    }
    return list.join('\n\n') || undefined;
  };

  type Group = { id: string; kind: string; title?: Text; intro?: Text; level?: string; items: unknown[] };
  /** Ancestors between a section and a node, as a linked list (a chain may be thousands deep). */
  type Chain = { item: CaseItem; up: Chain | null } | null;
  const groupsOf = (section: CaseItem): Group[] => {
    const groups: Group[] = [];
    const shown = new Set<string>();
    const flush = (node: CaseItem, between: Chain, run: CaseItem[], part: number) => {
      const e = ext(node);
      // The headings above not shown yet (once one is shown, all above it are).
      const fresh: CaseItem[] = [];
      for (let c = between; c && !shown.has(c.item.identifier); c = c.up) fresh.unshift(c.item);
      for (const b of fresh) shown.add(b.identifier);
      const long = node !== section && node.abbreviated && node.fullStatement.length > 200;
      const intro = joined([
        ...fresh.map((b) => b.fullStatement),
        long ? node.fullStatement : undefined,
        node !== section ? node.notes : undefined,
      ]);
      const base = node === section ? `${idOf(section)}-items` : idOf(node);
      const introText = intro ? local(intro, e.intro) : textMap(e.intro);
      groups.push({
        id: part ? `${base}-${part + 1}` : base,
        kind: typeof e.kind === 'string' ? e.kind : kindOf(node === section ? run[0]?.type : node.type),
        ...(node !== section ? heading(node) : {}),
        ...(introText ? { intro: introText } : {}),
        ...(typeof e.level === 'string' ? { level: e.level } : {}),
        items: run.map(statement),
      });
    };
    // Depth first without recursion: each frame walks one node's children, leaves gathered in runs.
    type Frame = { node: CaseItem; between: Chain; next: number; run: CaseItem[]; part: number };
    const frames: Frame[] = [{ node: section, between: null, next: 0, run: [], part: 0 }];
    for (let f = frames.at(-1); f; f = frames.at(-1)) {
      const list = kids(f.node);
      const k = list[f.next++];
      if (k && !kids(k).length) {
        f.run.push(k);
        continue;
      }
      if (f.run.length) flush(f.node, f.between, f.run, f.part++);
      f.run = [];
      if (!k) {
        frames.pop();
        continue;
      }
      const between = f.node === section ? null : { item: f.node, up: f.between };
      frames.push({ node: k, between, next: 0, run: [], part: 0 });
    }
    return groups;
  };
  /** Leaves at the top (a flat package): one section, a group per item type. */
  const flatSection = (run: CaseItem[]) => {
    const byType = new Map<string, CaseItem[]>();
    for (const i of run) byType.set(i.type ?? '', [...(byType.get(i.type ?? '') ?? []), i]);
    const first = run[0] as CaseItem;
    return {
      id: `${idOf(first)}-all`,
      title: local(doc.title),
      groups: [...byType].map(([type, list]) => ({
        id: type ? type.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'items' : 'items',
        kind: kindOf(type || undefined),
        ...(type ? { title: local(type) } : {}),
        items: list.map(statement),
      })),
    };
  };

  const sectionIds = new Map<string, string>();
  const sections: Obj[] = [];
  let run: CaseItem[] = [];
  const flushRun = () => {
    if (run.length) sections.push(flatSection(run));
    run = [];
  };
  for (const top of tree.top) {
    if (!kids(top).length) {
      run.push(top);
      continue;
    }
    flushRun();
    const e = ext(top);
    const id = idOf(top);
    sectionIds.set(top.identifier, id);
    const groups = groupsOf(top);
    const title = heading(top).title ?? local(top.fullStatement);
    const longTitle = top.abbreviated && top.fullStatement.length > 200;
    const intro = joined([longTitle ? top.fullStatement : undefined, top.notes]);
    const introText = intro ? local(intro, e.intro) : textMap(e.intro);
    // A section holds at most LIMITS.groupsPerSection groups: a larger one continues in parts.
    for (let p = 0; p * LIMITS.groupsPerSection < groups.length; p++) {
      sections.push({
        id: p ? `${id}-${p + 1}` : id,
        title: p ? Object.fromEntries(Object.entries(title).map(([l, t]) => [l, `${t} (${p + 1})`])) : title,
        ...(introText ? { intro: introText } : {}),
        ...(Array.isArray(e.seeAlso) ? { seeAlso: e.seeAlso } : {}),
        groups: groups.slice(p * LIMITS.groupsPerSection, (p + 1) * LIMITS.groupsPerSection),
      });
    }
  }
  flushRun();
  if (cut.length) treeNotes.push({ code: 'heading-cut', items: cut });
  // "See also" between sections, from isRelatedTo (where no extension gave it).
  for (const a of pkg.associations) {
    if (a.type !== 'isRelatedTo') continue;
    const from = sectionIds.get(a.origin);
    const to = sectionIds.get(a.destination);
    const section = sections.find((s) => s.id === from);
    if (!section || !to || !byIdentifier.has(a.destination)) continue;
    const list = (section.seeAlso as string[] | undefined) ?? [];
    if (!list.includes(to) && list.length < LIMITS.crossReferences) section.seeAlso = [...list, to];
  }

  const dx = extensions && isObj(doc.extension) ? doc.extension : {};
  // Our own export's extension gives the intro and source as they were (or their absence).
  const ours = typeof dx.id === 'string';
  const intro = ours ? undefined : (doc.description ?? doc.notes);
  const introText = intro ? local(intro, dx.intro) : textMap(dx.intro);
  const defaultSource = {
    title: local(doc.title),
    ...(doc.publisher ? { publisher: doc.publisher.slice(0, 500) } : {}),
    ...(doc.url && /^https?:\/\/\S+$/.test(doc.url) ? { url: doc.url } : {}),
    note: local(`Imported from a CASE package (CFDocument ${doc.identifier}).`),
  };
  const source = isObj(dx.source) ? dx.source : ours ? undefined : defaultSource;
  return {
    format: 'competency-framework/1',
    id: typeof dx.id === 'string' ? dx.id : documentId(doc),
    version: doc.version ?? doc.lastChange ?? '1',
    sourceLanguage: typeof dx.sourceLanguage === 'string' ? dx.sourceLanguage : lang,
    subject: dx.subject === 'organisation' ? 'organisation' : 'individual',
    title: local(doc.title, dx.title),
    ...(introText ? { intro: introText } : {}),
    ...(source ? { source } : {}),
    ...(Array.isArray(dx.scale) ? { scale: dx.scale } : {}),
    ...(Array.isArray(dx.levels) ? { levels: dx.levels } : {}),
    sections,
  };
}

/** Parses JSON with the JSON parser; null when it is not JSON. */
function parseJson(text: string): { data: unknown } | null {
  try {
    return { data: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch {
    return null;
  }
}

/** Problems with positions: the file read again with positions kept, where its size allows. */
function positioned(text: string, fileName: string, refusal: Refusal): Problem[] {
  const read = readDocument(text, fileName, LIMITS.fileBytes);
  if (read.ok) return read.toProblems([refusal]);
  return [
    {
      file: fileName,
      line: 1,
      col: 1,
      path: refusal.path.join('.'),
      code: refusal.code,
      params: refusal.params,
      message: refusal.code,
    },
  ];
}

function frameworkFrom(pkg: CasePackage, notes: CaseNote[], extensions: boolean) {
  const treeNotes: CaseNote[] = [];
  const candidate = toFramework(pkg, treeNotes, { extensions });
  const language = (candidate as { sourceLanguage: string }).sourceLanguage;
  const result = makeFrameworkSchema(language).safeParse(candidate);
  const findings = result.success
    ? checkFramework(result.data)
    : result.error.issues.flatMap((i) => findingsFromIssue(i, candidate));
  return { result, findings, candidate, notes: [...notes, ...treeNotes] };
}

export function caseToFramework(text: string, fileName: string): CaseImportResult {
  const parsed = parseJson(text);
  if (!parsed) {
    // Not JSON: the document reader says where (it reads YAML, a superset).
    const read = readDocument(text, fileName, LIMITS.fileBytes);
    if (!read.ok) return read;
    return caseDataToFramework(read.data, text, fileName);
  }
  return caseDataToFramework(parsed.data, text, fileName);
}

export function caseDataToFramework(data: unknown, text: string, fileName: string): CaseImportResult {
  const read = readCase(data);
  if (!read.ok) return { ok: false, problems: positioned(text, fileName, read.refusal) };
  let attempt = frameworkFrom(read.pkg, read.notes, true);
  if (attempt.findings.length && (read.pkg.doc.extension || read.pkg.items.some((i) => i.extension)))
    attempt = frameworkFrom(read.pkg, read.notes, false);
  const { result, findings } = attempt;
  if (!result.success || findings.length) {
    // Problems of the framework it would become: named by path in the framework, at the file's start.
    const read = readDocument('{}', fileName, LIMITS.fileBytes);
    const problems = read.ok ? read.toProblems(findings.map((f) => ({ ...f, path: [] }))) : [];
    return {
      ok: false,
      problems: problems.map((p, n) => {
        const path = findings[n]?.path.join('.') ?? '';
        return { ...p, path, message: `${path}: ${p.message}` };
      }),
    };
  }
  return { ok: true, framework: result.data, notes: attempt.notes };
}
