// A 1EdTech CASE package read as a framework: the hierarchy comes from the
// isChildOf associations, statements are the leaf items, one language per
// package. What cannot be mapped is reported, never dropped silently.
import * as z from 'zod/mini';
import { checkFramework } from '../framework/checks.ts';
import { readDocument } from '../framework/document.ts';
import type { Problem } from '../framework/problems.ts';
import { type Framework, LIMITS, makeFrameworkSchema } from '../framework/schema.ts';
import { findingsFromIssue } from '../framework/schemaFindings.ts';

const str = (max: number = LIMITS.textLength) => z.string().check(z.maxLength(max));
const link = z.object({ identifier: str(200), title: z.optional(str()) });
const packageSchema = z.object({
  CFDocument: z.object({
    identifier: str(200),
    title: str(),
    language: z.optional(str(20)),
    version: z.optional(str(40)),
    description: z.optional(str()),
    creator: z.optional(str(500)),
    officialSourceURL: z.optional(str(2000)),
  }),
  CFItems: z
    .array(
      z.object({
        identifier: str(200),
        fullStatement: str(),
        humanCodingScheme: z.optional(str(200)),
        CFItemType: z.optional(str(200)),
        language: z.optional(str(20)),
        notes: z.optional(str()),
      }),
    )
    .check(z.maxLength(LIMITS.statements * 2)),
  CFAssociations: z._default(
    z
      .array(
        z.object({
          associationType: str(100),
          sequenceNumber: z.optional(z.number()),
          originNodeURI: link,
          destinationNodeURI: link,
        }),
      )
      .check(z.maxLength(LIMITS.statements * 4)),
    [],
  ),
});

type Package = z.output<typeof packageSchema>;
type Item = Package['CFItems'][number];

export type CaseImportResult =
  | { ok: true; framework: Framework; unmapped: string[] }
  | { ok: false; problems: Problem[] };

export function looksLikeCase(data: unknown): boolean {
  return !!data && typeof data === 'object' && 'CFDocument' in data && 'CFItems' in data;
}

const ID = /[^A-Za-z0-9._-]+/g;
function safeId(raw: string, fallback: string): string {
  const cleaned = raw
    .replace(ID, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, LIMITS.idLength);
  return cleaned || fallback;
}

function kindOf(type: string | undefined): 'knowledge' | 'skill' | 'criterion' {
  if (type && /knowledge|kennis|tieto|kunskap|kunnskap/i.test(type)) return 'knowledge';
  if (type && /skill|vaardig|taito|färdig|ferdig|competenc/i.test(type)) return 'skill';
  return 'criterion';
}

/**
 * The isChildOf lattice as a tree: a walk in reading order (depth first, each
 * parent's children in sequence order) places every item once, under the first
 * parent it is reached from. An item reached again (a diamond, or a cycle) is
 * not walked again, so the walk is linear in the associations.
 */
function placeOnce(rootId: string, top: Item[], childItems: (id: string) => Item[]): Map<string, Item[]> {
  const tree = new Map<string, Item[]>();
  const placed = new Set<string>([rootId]);
  const stack: { item: Item; parent: string }[] = [];
  const pushAll = (list: Item[], parent: string) => {
    for (let k = list.length - 1; k >= 0; k--) stack.push({ item: list[k] as Item, parent });
  };
  pushAll(top, rootId);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { item, parent } = next;
    if (placed.has(item.identifier)) continue;
    placed.add(item.identifier);
    const siblings = tree.get(parent) ?? [];
    siblings.push(item);
    tree.set(parent, siblings);
    pushAll(childItems(item.identifier), item.identifier);
  }
  return tree;
}

function toFramework(pkg: Package, unmapped: string[]): unknown {
  const doc = pkg.CFDocument;
  const language = (doc.language ?? pkg.CFItems[0]?.language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const items = new Map(pkg.CFItems.map((i) => [i.identifier, i]));
  const children = new Map<string, { id: string; seq: number }[]>();
  const seen = new Set<string>();
  for (const a of pkg.CFAssociations) {
    if (a.associationType === 'isChildOf') {
      const list = children.get(a.destinationNodeURI.identifier) ?? [];
      list.push({ id: a.originNodeURI.identifier, seq: a.sequenceNumber ?? list.length + 1 });
      children.set(a.destinationNodeURI.identifier, list);
    } else if (a.associationType !== 'isRelatedTo') {
      unmapped.push(
        `association ${a.associationType}: ${a.originNodeURI.identifier} → ${a.destinationNodeURI.identifier}`,
      );
    }
  }
  for (const list of children.values()) list.sort((a, b) => a.seq - b.seq);
  const childItems = (id: string): Item[] =>
    (children.get(id) ?? []).map((c) => items.get(c.id)).filter((i): i is Item => i !== undefined);
  let top = childItems(doc.identifier);
  if (!top.length) {
    // No hierarchy given: every item that is no one's child is a top item.
    const childIds = new Set([...children.values()].flat().map((c) => c.id));
    top = pkg.CFItems.filter((i) => !childIds.has(i.identifier));
  }
  const tree = placeOnce(doc.identifier, top, childItems);
  top = tree.get(doc.identifier) ?? [];
  const kids = (id: string): Item[] => tree.get(id) ?? [];
  /** The leaves below an item, in order (without recursion: a chain may be long). */
  const leaves = (item: Item): Item[] => {
    const found: Item[] = [];
    const stack = [item];
    for (let next = stack.pop(); next; next = stack.pop()) {
      seen.add(next.identifier);
      const below = kids(next.identifier);
      if (!below.length) found.push(next);
      for (let k = below.length - 1; k >= 0; k--) stack.push(below[k] as Item);
    }
    return found;
  };
  const usedIds = new Set<string>();
  const uniqueId = (raw: string | undefined, fallback: string) => {
    let id = safeId(raw ?? '', fallback);
    while (usedIds.has(id)) id = `${id}-${usedIds.size}`;
    usedIds.add(id);
    return id;
  };
  const statement = (i: Item) => ({
    id: uniqueId(i.humanCodingScheme, `item-${usedIds.size + 1}`),
    text: { [language]: i.fullStatement },
    ...(i.notes ? { description: { [language]: i.notes } } : {}),
  });

  const sections = top.map((sectionItem, s) => {
    seen.add(sectionItem.identifier);
    const below = kids(sectionItem.identifier);
    const sectionId = uniqueId(sectionItem.humanCodingScheme, `section-${s + 1}`);
    const direct = below.filter((b) => !kids(b.identifier).length);
    const nested = below.filter((b) => kids(b.identifier).length);
    const groups = nested.map((g, n) => {
      seen.add(g.identifier);
      const deep = kids(g.identifier).some((k) => kids(k.identifier).length);
      if (deep) unmapped.push(`levels below "${g.fullStatement}" were flattened into one group`);
      return {
        id: uniqueId(g.humanCodingScheme?.split('/').pop(), `group-${n + 1}`),
        kind: kindOf(g.CFItemType),
        title: { [language]: g.fullStatement },
        items: kids(g.identifier).flatMap(leaves).map(statement),
      };
    });
    if (direct.length || !below.length) {
      const own = direct.length ? direct : [sectionItem];
      for (const i of own) seen.add(i.identifier);
      groups.unshift({
        id: uniqueId(`${sectionId}-items`, 'items'),
        kind: kindOf(own[0]?.CFItemType),
        title: undefined as unknown as Record<string, string>,
        items: own.map(statement),
      });
    }
    return {
      id: sectionId,
      title: { [language]: sectionItem.fullStatement },
      groups: groups.map(({ title, ...g }) => (title ? { ...g, title } : g)),
    };
  });
  for (const i of pkg.CFItems)
    if (!seen.has(i.identifier)) unmapped.push(`item not in the hierarchy: ${i.fullStatement.slice(0, 80)}`);
  const slug = safeId(
    doc.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    'case',
  ).slice(0, 40);
  return {
    format: 'competency-framework/1',
    id: `${slug || 'case'}-${
      doc.identifier
        .replace(/[^a-f0-9]/gi, '')
        .slice(0, 8)
        .toLowerCase() || 'import'
    }`.replace(/-+/g, '-'),
    version: doc.version ?? '1',
    sourceLanguage: language,
    subject: 'individual',
    title: { [language]: doc.title },
    ...(doc.description ? { intro: { [language]: doc.description } } : {}),
    source: {
      title: { [language]: doc.title },
      ...(doc.creator && doc.creator !== 'unknown' ? { publisher: doc.creator } : {}),
      ...(doc.officialSourceURL && /^https?:\/\//.test(doc.officialSourceURL)
        ? { url: doc.officialSourceURL }
        : {}),
      note: { [language]: `Imported from a CASE package (CFDocument ${doc.identifier}).` },
    },
    sections,
  };
}

export function caseToFramework(text: string, fileName: string): CaseImportResult {
  const read = readDocument(text, fileName, LIMITS.fileBytes);
  if (!read.ok) return read;
  const parsed = packageSchema.safeParse(read.data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: read.toProblems(parsed.error.issues.flatMap((i) => findingsFromIssue(i, read.data))),
    };
  }
  const unmapped: string[] = [];
  const candidate = toFramework(parsed.data, unmapped);
  const language = (candidate as { sourceLanguage: string }).sourceLanguage;
  const result = makeFrameworkSchema(language).safeParse(candidate);
  if (!result.success) {
    return {
      ok: false,
      problems: read.toProblems(
        result.error.issues.flatMap((i) => findingsFromIssue(i, candidate)).map((f) => ({ ...f, path: [] })),
      ),
    };
  }
  const findings = checkFramework(result.data);
  if (findings.length)
    return { ok: false, problems: read.toProblems(findings.map((f) => ({ ...f, path: [] }))) };
  return { ok: true, framework: result.data, unmapped };
}
