import { catalog } from 'virtual:frameworks';
import { describe, expect, it } from 'vitest';
import type { CatalogSummary, FrameworkSummary } from '../domain/framework/summary.ts';
import { titledSections } from './titledSections.ts';

const builtIn = (id: string): CatalogSummary => {
  const summary = catalog.find((s) => s.id === id);
  if (!summary) throw new Error(`no built-in ${id}`);
  return summary;
};

describe('titledSections', () => {
  it("gives a built-in framework's sections the titles the first page's catalog leaves out", () => {
    const summary = builtIn('guidance-competences');
    expect(summary.sections[0]).not.toHaveProperty('title');
    const sections = titledSections(summary);
    expect(sections.map((s) => s.id)).toEqual(summary.sections.map((s) => s.id));
    expect(sections.find((s) => s.id === 'C3.1')?.title.en).toBe('Multiprofessional networking');
  });

  it("keeps an added framework's own titles", () => {
    const added: FrameworkSummary = {
      ...builtIn('guidance-competences'),
      id: 'mine',
      sections: [{ id: 'A', title: { en: 'Mine' }, statements: 1, byLevel: { '': 1 } }],
    };
    expect(titledSections(added)).toEqual(added.sections);
  });

  it('names a section by its id when no title is known (a summary of a framework this build does not have)', () => {
    const unknown: CatalogSummary = {
      ...builtIn('guidance-competences'),
      id: 'gone',
      sourceLanguage: 'en',
      sections: [{ id: 'X1', statements: 2, byLevel: { '': 2 } }],
    };
    expect(titledSections(unknown)).toEqual([
      { id: 'X1', statements: 2, byLevel: { '': 2 }, title: { en: 'X1' } },
    ]);
  });
});
