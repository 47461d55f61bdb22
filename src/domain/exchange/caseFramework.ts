// A 1EdTech CASE package as the plain data of a framework (checked by
// caseImport.ts). The isChildOf tree (caseTree.ts), shaped by the user's
// choice (caseChoice.ts), gives the structure: top items are sections, the
// statements are the tree's leaves, their parents are groups, and the headings
// in between become group intros, so every item's text ends up somewhere. Ids
// come from each item's code or identifier, never from a position, so a newer
// package of the same document keeps every answer on its item. Our own
// export's extension (caseExport.ts) restores what CASE has no field for.
import { LIMITS } from '../framework/limits.ts';
import { type CaseChoice, shapeTree } from './caseChoice.ts';
import type { CaseItem, CaseNote, CasePackage } from './caseRead.ts';
import { buildTree, documentId, itemIds } from './caseTree.ts';

/** An item folded into the statement above it, as a line of its description. */
const foldedText = (i: CaseItem) => (i.code ? `${i.code} ${i.fullStatement}` : i.fullStatement);

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

export interface FrameworkOptions {
  /** Use our own export's extension (off for a second try when it does not check out). */
  extensions: boolean;
  /** What to rate; none: the leaves, every grade. */
  choice?: CaseChoice;
}

export function toFramework(
  pkg: CasePackage,
  treeNotes: CaseNote[],
  { extensions, choice }: FrameworkOptions,
): unknown {
  const { doc } = pkg;
  const lang = doc.language ?? 'en';
  const whole = buildTree(pkg);
  const shaped = choice ? shapeTree(whole, choice) : { tree: whole, folded: new Map<string, CaseItem[]>() };
  const { tree, folded } = shaped;
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
    const below = folded.get(i.identifier) ?? [];
    const own = below.length ? described([i.notes, ...below.map(foldedText)]) : i.notes;
    const description = own ? local(own, e.description) : textMap(e.description);
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
  /** A statement's notes and the texts folded into it, as many as fit the text limit (the rest noted). */
  const described = (parts: (string | undefined)[]) => {
    const list: string[] = [];
    let length = -2;
    for (const p of parts) {
      if (!p) continue;
      if (length + p.length + 2 > LIMITS.textLength) cut.push(p.slice(0, 120));
      else {
        list.push(p);
        length += p.length + 2;
      }
    }
    return list.join('\n\n') || undefined;
  };
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

  type Group = {
    id: string;
    kind: string;
    rated?: false;
    title?: Text;
    intro?: Text;
    level?: string;
    items: unknown[];
  };
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
        ...(e.rated === false ? { rated: false as const } : {}),
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

/** How many sections, groups and statements a choice gives (the framework unchecked). */
export function caseCounts(pkg: CasePackage, choice: CaseChoice): Counts {
  const f = toFramework(pkg, [], { extensions: false, choice }) as {
    sections: { groups: { items: unknown[] }[] }[];
  };
  const groups = f.sections.flatMap((s) => s.groups);
  return {
    sections: f.sections.length,
    groups: groups.length,
    statements: groups.reduce((n, g) => n + g.items.length, 0),
  };
}

export interface Counts {
  sections: number;
  groups: number;
  statements: number;
}
