// The isChildOf lattice of a CASE package as a tree, in reading order, with
// ids that survive versions. Each item is placed once, under its first parent
// (in sequence order); cycles, self-parents, second parents and links to
// items that are not in the package are noted with the items they concern,
// and the rest of the package is still placed.
import type { CaseItem, CaseNote, CasePackage } from './caseRead.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Reading order: sequenceNumber, then listEnumeration, then the code in natural order, then the package's. */
function compareItems(a: CaseItem & { seq?: number }, b: CaseItem & { seq?: number }): number {
  const sa = a.seq ?? Number.POSITIVE_INFINITY;
  const sb = b.seq ?? Number.POSITIVE_INFINITY;
  if (sa !== sb) return sa < sb ? -1 : 1;
  const byList = collator.compare(a.listEnumeration ?? '', b.listEnumeration ?? '');
  if (byList) return byList;
  const byCode = collator.compare(a.code ?? '', b.code ?? '');
  return byCode || a.index - b.index;
}

export interface CaseTree {
  /** Children in reading order; the document's own children under its identifier. */
  children: Map<string, CaseItem[]>;
  top: CaseItem[];
  notes: CaseNote[];
}

const label = (i: CaseItem) => (i.code ? `${i.code} ${i.fullStatement}` : i.fullStatement).slice(0, 120);

export function buildTree(pkg: CasePackage): CaseTree {
  const docId = pkg.doc.identifier;
  const items = new Map(pkg.items.map((i) => [i.identifier, i]));
  const parents = new Map<string, { parent: string; seq?: number }[]>();
  const notes: CaseNote[] = [];
  const selfParents: string[] = [];
  const missing: string[] = [];
  const orphaned = new Set<string>();
  const unused = new Map<string, number>();
  for (const a of pkg.associations) {
    if (a.type !== 'isChildOf') {
      if (a.type !== 'isRelatedTo') unused.set(a.type, (unused.get(a.type) ?? 0) + 1);
      continue;
    }
    const child = items.get(a.origin);
    if (!child) continue; // a link from outside the package's items: nothing to place
    if (a.origin === a.destination) {
      selfParents.push(label(child));
      continue;
    }
    if (a.destination !== docId && !items.has(a.destination)) {
      missing.push(label(child));
      orphaned.add(a.origin);
      continue;
    }
    const list = parents.get(a.origin) ?? [];
    list.push({ parent: a.destination, ...(a.sequence !== undefined ? { seq: a.sequence } : {}) });
    parents.set(a.origin, list);
  }
  for (const [type, count] of unused)
    notes.push({ code: 'association-unused', detail: type, items: [String(count)] });
  if (selfParents.length) notes.push({ code: 'self-parent', items: selfParents });
  if (missing.length) notes.push({ code: 'missing-parent', items: missing });

  const byParent = new Map<string, (CaseItem & { seq?: number })[]>();
  for (const [childId, list] of parents) {
    const child = items.get(childId) as CaseItem;
    for (const { parent, seq } of list) {
      const siblings = byParent.get(parent) ?? [];
      siblings.push(seq === undefined ? child : { ...child, seq });
      byParent.set(parent, siblings);
    }
  }
  for (const list of byParent.values()) list.sort(compareItems);

  const children = new Map<string, CaseItem[]>();
  const placed = new Set<string>([docId]);
  const twoParents: string[] = [];
  const cycles: string[] = [];
  /** Depth first in reading order, without recursion; an item reached again is not walked again. */
  const walk = (rootId: string, roots: CaseItem[]) => {
    // `leave` marks the end of an item's subtree, so `onPath` holds exactly its ancestors.
    const stack: { item: CaseItem; parent: string; leave?: true }[] = [];
    for (let k = roots.length - 1; k >= 0; k--) stack.push({ item: roots[k] as CaseItem, parent: rootId });
    const onPath = new Set<string>();
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { item, parent } = next;
      if (next.leave) {
        onPath.delete(item.identifier);
        continue;
      }
      if (placed.has(item.identifier)) {
        // Reached again: a cycle (it is its own ancestor) or a second parent.
        if (onPath.has(item.identifier)) cycles.push(label(item));
        else twoParents.push(label(item));
        continue;
      }
      placed.add(item.identifier);
      onPath.add(item.identifier);
      const list = children.get(parent) ?? [];
      list.push(item);
      children.set(parent, list);
      stack.push({ item, parent, leave: true });
      const below = byParent.get(item.identifier) ?? [];
      for (let k = below.length - 1; k >= 0; k--)
        stack.push({ item: below[k] as CaseItem, parent: item.identifier });
    }
  };
  let top = byParent.get(docId) ?? [];
  if (!top.length) top = pkg.items.filter((i) => !parents.has(i.identifier));
  walk(docId, top);

  // Items not reached: in a cycle away from the document, or under a missing parent. Each such
  // group is placed at the top from its first item in the package; items with no parent at all
  // are outside the tree and left out (where a tree exists).
  const outside: string[] = [];
  for (const item of pkg.items) {
    if (placed.has(item.identifier)) continue;
    if (!parents.has(item.identifier)) {
      if (orphaned.has(item.identifier)) walk(docId, [item]);
      else outside.push(label(item));
      continue;
    }
    let cursor: CaseItem | undefined = item;
    const chain = new Set<string>();
    while (cursor && !placed.has(cursor.identifier) && !chain.has(cursor.identifier)) {
      chain.add(cursor.identifier);
      const up: string | undefined = parents.get(cursor.identifier)?.[0]?.parent;
      cursor = up ? items.get(up) : undefined;
    }
    if (cursor && chain.has(cursor.identifier)) cycles.push(label(cursor));
    const start = cursor && !placed.has(cursor.identifier) ? cursor : item;
    walk(docId, [start]);
  }
  if (outside.length) notes.push({ code: 'outside-tree', items: outside });
  if (twoParents.length) notes.push({ code: 'two-parents', items: [...new Set(twoParents)] });
  if (cycles.length) notes.push({ code: 'cycle', items: [...new Set(cycles)] });
  return { children, top: children.get(docId) ?? [], notes };
}

// ---- ids ----

const ID_CHARS = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: number[]): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return bits ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** 12 bytes from three FNV-1a hashes with different seeds (for identifiers that are not UUIDs). */
function hashBytes(s: string): number[] {
  const out: number[] = [];
  for (const seed of [0x811c9dc5, 0x01000193, 0x5bd1e995]) {
    let h = seed;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    out.push((h >>> 24) & 255, (h >>> 16) & 255, (h >>> 8) & 255, h & 255);
  }
  return out;
}

/** A short id from a CASE identifier: base32 of a UUID's first 10 bytes, else of a hash of it. */
function identifierId(identifier: string): string {
  const hex = /([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})/i.exec(identifier);
  const bytes = hex
    ? (hex.slice(1).join('').match(/../g) ?? []).map((b) => Number.parseInt(b, 16))
    : hashBytes(identifier);
  return base32(bytes.slice(0, 10));
}

/** A code as an id, where it can be one: `7.RP.A.2` as it is, spaces and slashes as dashes. */
function codeId(code: string): string | null {
  const id = code.trim().replace(/[\s/\\:]+/g, '-');
  return id.length <= 64 && ID_CHARS.test(id) ? id : null;
}

/**
 * Ids that survive versions: an item's code where it is unique in the package (and can be an
 * id), else a short form of its identifier. Never a position.
 */
export function itemIds(items: CaseItem[]): Map<string, string> {
  const counts = new Map<string, number>();
  const count = (id: string) => counts.set(id.toLowerCase(), (counts.get(id.toLowerCase()) ?? 0) + 1);
  const short = new Map(items.map((i) => [i.identifier, identifierId(i.identifier)]));
  for (const i of items) {
    const id = i.code ? codeId(i.code) : null;
    if (id) count(id);
    count(short.get(i.identifier) as string);
  }
  const unique = (id: string) => counts.get(id.toLowerCase()) === 1;
  const ids = new Map<string, string>();
  for (const i of items) {
    const code = i.code ? codeId(i.code) : null;
    const own = short.get(i.identifier) as string;
    // Identifiers alike in their first 10 bytes (00000000-…-0001, …-0002): a hash of the whole one.
    ids.set(
      i.identifier,
      code && unique(code) ? code : unique(own) ? own : base32(hashBytes(i.identifier).slice(0, 10)),
    );
  }
  return ids;
}

/** A framework id for a document without our extension: its title's words and its identifier's first hex digits. */
export function documentId(doc: CasePackage['doc']): string {
  const slug = doc.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  const hex =
    doc.identifier
      .replace(/[^a-f0-9]/gi, '')
      .slice(0, 8)
      .toLowerCase() || 'import';
  return `${slug || 'case'}-${hex}`.replace(/-+/g, '-');
}
