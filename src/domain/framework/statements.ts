// Every statement of a framework, in the framework's order: the one walk of
// sections, groups and items that lookups by id are built from.
import type { Framework, Item } from './schema.ts';

export function frameworkItems(fw: Framework): Item[] {
  return fw.sections.flatMap((s) => s.groups.flatMap((g) => g.items));
}

/** The statements by id. */
export function itemsById(fw: Framework): Map<string, Item> {
  return new Map(frameworkItems(fw).map((item) => [item.id, item]));
}
