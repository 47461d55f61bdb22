// Which items of a framework are statements to rate, and every item by id.
// The one place that decides it: a group with `rated: false` is shown as text
// (context, such as ways of working to avoid) and none of its items is rated.
import type { Framework, Group, Item } from './schema.ts';

/** Whether a group's items are rated (not `rated: false`). */
export function isRated(group: Pick<Group, 'rated'>): boolean {
  return group.rated !== false;
}

/** The items of a group that are rated: all of them, or none for a group shown as text. */
export function ratedItems(group: Pick<Group, 'rated' | 'items'>): Item[] {
  return isRated(group) ? group.items : [];
}

/** Every statement to rate, in the framework's order. */
export function frameworkItems(fw: Framework): Item[] {
  return fw.sections.flatMap((s) => s.groups.flatMap(ratedItems));
}

/**
 * Every item by id, those shown as text included: an answer stored on one
 * (before its group was marked `rated: false`) stays known and kept.
 */
export function itemsById(fw: Framework): Map<string, Item> {
  return new Map(fw.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => [i.id, i] as const))));
}
