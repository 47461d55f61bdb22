// What a newer version of a framework changes for the answers kept under its statement ids:
// the statements whose text changed, and those that are gone.
import type { Framework } from '../framework/schema.ts';

export interface VersionChanges {
  changed: { id: string; before: string; after: string }[];
  gone: { id: string; text: string }[];
}

export function versionChanges(before: Framework, after: Framework): VersionChanges {
  const text = (f: Framework, t: Record<string, string>) => t[f.sourceLanguage] ?? Object.values(t)[0] ?? '';
  const next = new Map(
    after.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => [i.id, text(after, i.text)]))),
  );
  const changes: VersionChanges = { changed: [], gone: [] };
  for (const item of before.sections.flatMap((s) => s.groups.flatMap((g) => g.items))) {
    const was = text(before, item.text);
    const now = next.get(item.id);
    if (now === undefined) changes.gone.push({ id: item.id, text: was });
    else if (now !== was) changes.changed.push({ id: item.id, before: was, after: now });
  }
  return changes;
}
