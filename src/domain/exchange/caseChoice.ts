// Choosing what to rate in a large CASE package: which item types are rated
// statements and which grades (`educationLevel`) are kept. In each branch the
// lowest item of a chosen type is a statement; what lies below it becomes its
// description, what lies above it a heading. The default is what the import
// does with no choice: the types of the leaves, so the leaves are the
// statements. Pure and linear in the items (no recursion: a chain may be deep).
import type { CaseItem, CaseNote, CasePackage } from './caseRead.ts';
import { type CaseTree, itemIds } from './caseTree.ts';

export interface CaseChoice {
  /** Item types rated as statements (`''` for items with no type). */
  statementTypes: string[];
  /** Grades kept; an item with no grade is always kept. */
  grades: string[];
}

export interface CaseOptions {
  /** Item types in reading order, with how many items of each are in the tree. */
  types: { type: string; items: number }[];
  /** Grades in school order (PK, KG, 01 … 12, then the others as they come). */
  grades: { grade: string; items: number }[];
  defaults: CaseChoice;
}

/** What the panel needs to count a choice on the main thread: the tree without its texts. */
export interface CaseChoices {
  options: CaseOptions;
  /** The package reduced to its tree (no texts, only isChildOf links): small to send, fast to shape. */
  outline: CasePackage;
  /** The choice the framework was made with. */
  choice: CaseChoice;
  /** The framework's id (a version of it added earlier tells what was chosen then: `choiceFor`). */
  framework: string;
}

type Placed = { item: CaseItem; parent: string | null };

/** The tree in reading order (depth first), each item with its parent (null at the top). */
function readingOrder(tree: CaseTree): Placed[] {
  const out: Placed[] = [];
  const stack: Placed[] = [...tree.top].reverse().map((item) => ({ item, parent: null }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    out.push(next);
    const below = tree.children.get(next.item.identifier) ?? [];
    for (let k = below.length - 1; k >= 0; k--)
      stack.push({ item: below[k] as CaseItem, parent: next.item.identifier });
  }
  return out;
}

const EARLY = ['IT', 'PR', 'PK', 'TK', 'KG'];
const gradeRank = (g: string) => {
  const early = EARLY.indexOf(g.toUpperCase());
  if (early >= 0) return early;
  return /^\d{1,2}$/.test(g) ? EARLY.length + Number(g) : Number.POSITIVE_INFINITY;
};

export function caseOptions(tree: CaseTree): CaseOptions {
  const types = new Map<string, { items: number; leaves: number }>();
  const grades = new Map<string, number>();
  for (const { item } of readingOrder(tree)) {
    const type = item.type ?? '';
    const entry = types.get(type) ?? { items: 0, leaves: 0 };
    entry.items++;
    if (!tree.children.get(item.identifier)?.length) entry.leaves++;
    types.set(type, entry);
    for (const g of new Set(item.educationLevel ?? [])) grades.set(g, (grades.get(g) ?? 0) + 1);
  }
  const gradeList = [...grades].map(([grade, items]) => ({ grade, items }));
  // A stable sort: grades with no rank keep the order they come in.
  gradeList.sort((a, b) =>
    gradeRank(a.grade) === gradeRank(b.grade) ? 0 : gradeRank(a.grade) - gradeRank(b.grade),
  );
  return {
    types: [...types].map(([type, { items }]) => ({ type, items })),
    grades: gradeList,
    defaults: {
      statementTypes: [...types].filter(([, e]) => e.leaves > 0).map(([type]) => type),
      grades: gradeList.map((g) => g.grade),
    },
  };
}

/** Worth asking: more than one item type or more than one grade. */
export const worthChoosing = (options: CaseOptions): boolean =>
  options.types.length > 1 || options.grades.length > 1;

export interface ShapedTree {
  tree: CaseTree;
  /** For each statement, the items below it (their texts become its description), in reading order. */
  folded: Map<string, CaseItem[]>;
}

const itemLabel = (i: CaseItem): string =>
  (i.code ? `${i.code} ${i.fullStatement}` : i.fullStatement).slice(0, 120);

/**
 * The tree as the choice makes it: in each branch the lowest item of a chosen type and grade a
 * statement (no children, what was below it of a chosen grade folded into it); the items above
 * statements headings, whatever their grade (exporters give a heading the first grade it spans);
 * the rest left out and noted. With the default choice the tree is unchanged.
 */
export function shapeTree(tree: CaseTree, choice: CaseChoice): ShapedTree {
  const chosen = new Set(choice.statementTypes);
  const grades = new Set(choice.grades);
  const order = readingOrder(tree);
  const kept = (i: CaseItem) => !i.educationLevel?.length || i.educationLevel.some((g) => grades.has(g));
  const candidate = (i: CaseItem) => chosen.has(i.type ?? '') && kept(i);
  // Bottom up: which items have a candidate below them.
  const chosenBelow = new Set<string>();
  for (let k = order.length - 1; k >= 0; k--) {
    const { item, parent } = order[k] as Placed;
    if (parent !== null && (candidate(item) || chosenBelow.has(item.identifier))) chosenBelow.add(parent);
  }
  const children = new Map<string, CaseItem[]>();
  const top: CaseItem[] = [];
  const folded = new Map<string, CaseItem[]>();
  /** The statement an item is folded into (a statement's own is itself). */
  const owner = new Map<string, string>();
  const byGrade: string[] = [];
  const byType: string[] = [];
  const attach = (parent: string | null, item: CaseItem) => {
    if (parent === null) top.push(item);
    else {
      const list = children.get(parent);
      if (list) list.push(item);
      else children.set(parent, [item]);
    }
  };
  for (const { item, parent } of order) {
    const id = item.identifier;
    const up = parent === null ? undefined : owner.get(parent);
    if (up) {
      owner.set(id, up);
      if (kept(item)) folded.get(up)?.push(item);
      else byGrade.push(itemLabel(item));
    } else if (chosenBelow.has(id)) attach(parent, item);
    else if (candidate(item)) {
      owner.set(id, id);
      folded.set(id, []);
      attach(parent, item);
    } else (kept(item) ? byType : byGrade).push(itemLabel(item));
  }
  const notes: CaseNote[] = [...tree.notes];
  if (byGrade.length) notes.push({ code: 'left-out-grade', items: byGrade });
  if (byType.length) notes.push({ code: 'left-out-type', items: byType });
  return { tree: { children, top, notes }, folded };
}

/** The package reduced to what shaping and counting read: ids, codes and list enumerations (the
 * order), types, grades, the isChildOf links. */
export function caseOutline(pkg: CasePackage): CasePackage {
  return {
    doc: { identifier: pkg.doc.identifier, title: '-' },
    items: pkg.items.map((i) => ({
      identifier: i.identifier,
      fullStatement: '-',
      index: i.index,
      ...(i.code ? { code: i.code } : {}),
      ...(i.listEnumeration ? { listEnumeration: i.listEnumeration } : {}),
      ...(i.type ? { type: i.type } : {}),
      ...(i.educationLevel ? { educationLevel: i.educationLevel } : {}),
    })),
    associations: pkg.associations.filter((a) => a.type === 'isChildOf'),
  };
}

/**
 * The choice that gives an earlier version's statements (by their ids): their item types and
 * grades. Null when none of them is in this package; all grades when they have none.
 */
export function choiceFor(
  outline: CasePackage,
  statementIds: ReadonlySet<string>,
  options: CaseOptions,
): CaseChoice | null {
  const ids = itemIds(outline.items);
  const rated = outline.items.filter((i) => statementIds.has(ids.get(i.identifier) ?? ''));
  if (!rated.length) return null;
  const types = new Set(rated.map((i) => i.type ?? ''));
  const grades = new Set(rated.flatMap((i) => i.educationLevel ?? []));
  return {
    statementTypes: options.types.map((t) => t.type).filter((t) => types.has(t)),
    grades: options.grades.map((g) => g.grade).filter((g) => !grades.size || grades.has(g)),
  };
}
