// Variant levels are cumulative: a variant includes its own groups and those of
// every level below it. The one place that says so.

interface HasId {
  id: string;
}

/** The levels a chosen variant includes, lowest first: all of them when none (or an unknown one) is chosen. */
export function levelsUpTo<L extends HasId>(levels: readonly L[] | undefined, chosen: string | null): L[] {
  const all = levels ?? [];
  const upTo = chosen ? all.findIndex((l) => l.id === chosen) : -1;
  return upTo < 0 ? [...all] : all.slice(0, upTo + 1);
}

/** Whether content of `own` level (none: every variant's) belongs to the chosen variant. */
export function inLevel(
  levels: readonly HasId[] | undefined,
  own: string | null | undefined,
  chosen: string | null,
): boolean {
  if (!own || !chosen || !levels?.length) return true;
  return levelsUpTo(levels, chosen).some((l) => l.id === own);
}
