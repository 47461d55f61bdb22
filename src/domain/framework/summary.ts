// What the library shows about a framework without loading all of it.
import { localizedTexts } from './checks.ts';
import { inLevel } from './levels.ts';
import type { Framework, Level, LocalizedText, Subject } from './schema.ts';
import { frameworkItems, ratedItems } from './statements.ts';

export interface FrameworkSummary {
  id: string;
  version: string;
  title: LocalizedText;
  subject: Subject;
  sourceLanguage: string;
  /** Languages in which every text of the framework is available, source language first. */
  languages: string[];
  source?: Framework['source'];
  sections: SectionSummary[];
  statements: number;
  levels: Pick<Level, 'id' | 'label' | 'description'>[];
}

export interface SectionSummary {
  id: string;
  title: LocalizedText;
  /** Statements to rate (a group shown as text only has none). */
  statements: number;
  byLevel: Record<string, number>;
}

/**
 * A summary without its section titles: what the first page holds of a built-in
 * framework (the library shows counts; the titles come with the pages that offer a choice).
 */
export interface CatalogSummary extends Omit<FrameworkSummary, 'sections'> {
  sections: Omit<SectionSummary, 'title'>[];
}

/** The summary without its section titles. */
export function withoutSectionTitles(summary: FrameworkSummary): CatalogSummary {
  return { ...summary, sections: summary.sections.map(({ title: _, ...rest }) => rest) };
}

/** Statements of a summarised section at a cumulative level (null: all). */
export function statementsAtLevel(
  summary: Pick<FrameworkSummary, 'levels'>,
  section: Pick<FrameworkSummary['sections'][number], 'byLevel'>,
  level: string | null,
): number {
  return Object.entries(section.byLevel).reduce(
    (n, [own, count]) => (inLevel(summary.levels, own, level) ? n + count : n),
    0,
  );
}

export function countStatements(fw: Framework): number {
  return frameworkItems(fw).length;
}

/** Languages present in every localized text of the framework, the source language first. */
export function completeLanguages(fw: Framework): string[] {
  let common: Set<string> | undefined;
  for (const [, text] of localizedTexts(fw)) {
    const present = new Set(Object.keys(text));
    common = common ? new Set([...common].filter((l) => present.has(l))) : present;
  }
  const others = [...(common ?? [])].filter((l) => l !== fw.sourceLanguage).sort();
  return [fw.sourceLanguage, ...others];
}

export function summarizeFramework(fw: Framework): FrameworkSummary {
  return {
    id: fw.id,
    version: fw.version,
    title: fw.title,
    subject: fw.subject,
    sourceLanguage: fw.sourceLanguage,
    languages: completeLanguages(fw),
    // The library shows who published it; the long note stays with the framework.
    source: fw.source && {
      title: fw.source.title,
      ...(fw.source.publisher ? { publisher: fw.source.publisher } : {}),
      ...(fw.source.year ? { year: fw.source.year } : {}),
      ...(fw.source.url ? { url: fw.source.url } : {}),
    },
    sections: fw.sections.map((s) => ({
      id: s.id,
      title: s.title,
      statements: s.groups.reduce((n, g) => n + ratedItems(g).length, 0),
      byLevel: s.groups.reduce<Record<string, number>>((acc, g) => {
        const key = g.level ?? '';
        acc[key] = (acc[key] ?? 0) + ratedItems(g).length;
        return acc;
      }, {}),
    })),
    statements: countStatements(fw),
    levels: (fw.levels ?? []).map(({ id, label, description }) =>
      description ? { id, label, description } : { id, label },
    ),
  };
}
