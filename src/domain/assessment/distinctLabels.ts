// Entries of a list that would read the same (two "rate again" of one day, several
// imported results with one title) are told apart: by their date and time, and
// where even that is the same, by a number in the order they were made.

export interface Distinct {
  title: string;
  /** The entry's moment, formatted; only when another entry has the same title. */
  when: string | null;
  /** 1, 2, ... in the order of their moments; only when another entry has the same title and `when`. */
  number: number | null;
}

const same = (title: string) => title.trim().toLocaleLowerCase();

/**
 * What tells each entry of `entries` apart from the others, by id. Titles are
 * the same when they are equal but for case and surrounding spaces.
 */
export function distinctLabels<T extends { id: string; title: string }>(
  entries: readonly T[],
  moment: (entry: T) => number,
  format: (ms: number) => string,
): Map<string, Distinct> {
  const byTitle = new Map<string, T[]>();
  for (const e of entries) {
    const key = same(e.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), e]);
  }
  const out = new Map<string, Distinct>();
  for (const group of byTitle.values()) {
    if (group.length === 1) {
      for (const e of group) out.set(e.id, { title: e.title, when: null, number: null });
      continue;
    }
    const byWhen = new Map<string, T[]>();
    for (const e of group) {
      const when = format(moment(e));
      byWhen.set(when, [...(byWhen.get(when) ?? []), e]);
    }
    for (const [when, list] of byWhen) {
      const ordered = [...list].sort(
        (a, b) => moment(a) - moment(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      for (const [i, e] of ordered.entries())
        out.set(e.id, { title: e.title, when, number: ordered.length > 1 ? i + 1 : null });
    }
  }
  return out;
}
