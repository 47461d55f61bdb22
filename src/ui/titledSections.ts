// A summary's sections with their titles. The first page's catalog holds the
// built-in frameworks without them (build/frameworks-plugin.ts); they come from
// their own module here, with the pages that offer a choice of sections.
import { sectionTitles } from 'virtual:framework-sections';
import type { CatalogSummary, FrameworkSummary, SectionSummary } from '../domain/framework/summary.ts';

const hasTitles = (summary: CatalogSummary): summary is FrameworkSummary =>
  summary.sections.every((s) => 'title' in s);

/** The sections with their titles: the summary's own (an added or loaded framework), else the built-in ones. */
export function titledSections(summary: CatalogSummary): SectionSummary[] {
  if (hasTitles(summary)) return summary.sections;
  const titles = Object.hasOwn(sectionTitles, summary.id) ? sectionTitles[summary.id] : undefined;
  return summary.sections.map((s) => ({ ...s, title: titles?.[s.id] ?? { [summary.sourceLanguage]: s.id } }));
}
