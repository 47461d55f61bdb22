// A trainer's deep link (`#/workshop/new?framework=&sections=&level=&lng=`)
// read against the frameworks this device has: what it sets, and what it
// names that does not exist here (ignored, and said so).
import type { CatalogSummary } from '../framework/summary.ts';

export interface ExerciseLink {
  framework: string | null;
  sections: string[] | null;
  level: string | null;
  language: string | null;
}

export interface Prefill {
  frameworkId: string | null;
  /** null: every section. */
  sections: string[] | null;
  level: string | null;
  language: string | null;
  ignored: { what: 'framework' | 'section' | 'level' | 'language'; value: string }[];
}

/** `languages`: the UI languages (an exercise is in one of them). */
export function prefillFrom(
  link: ExerciseLink,
  summaries: readonly CatalogSummary[],
  languages: readonly string[],
): Prefill {
  const ignored: Prefill['ignored'] = [];
  const summary = link.framework ? summaries.find((s) => s.id === link.framework) : undefined;
  if (link.framework && !summary) ignored.push({ what: 'framework', value: link.framework });
  let sections: string[] | null = null;
  let level: string | null = null;
  if (summary) {
    const known = new Set(summary.sections.map((s) => s.id));
    const asked = [...new Set(link.sections ?? [])];
    for (const s of asked) if (!known.has(s)) ignored.push({ what: 'section', value: s });
    const kept = asked.filter((s) => known.has(s));
    sections = kept.length ? kept : null;
    if (link.level && summary.levels.some((l) => l.id === link.level)) level = link.level;
    else if (link.level) ignored.push({ what: 'level', value: link.level });
  } else {
    for (const s of link.sections ?? []) ignored.push({ what: 'section', value: s });
    if (link.level) ignored.push({ what: 'level', value: link.level });
  }
  const language = link.language && languages.includes(link.language) ? link.language : null;
  if (link.language && !language) ignored.push({ what: 'language', value: link.language });
  return { frameworkId: summary?.id ?? null, sections, level, language, ignored };
}
