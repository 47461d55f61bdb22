import { describe, expect, it } from 'vitest';
import { choiceProblem, chosenStatements, offeredSections, sectionsToStore } from './sectionChoice.ts';
import type { FrameworkSummary } from './summary.ts';

// Two levels, cumulative: "plus" includes "basis". A has 2 basis and 3 plus statements, B only 4 plus.
const summary: Pick<FrameworkSummary, 'levels' | 'sections'> = {
  levels: [
    { id: 'basis', label: { en: 'Basic' } },
    { id: 'plus', label: { en: 'Plus' } },
  ],
  sections: [
    { id: 'A', title: { en: 'A' }, statements: 5, byLevel: { basis: 2, plus: 3 } },
    { id: 'B', title: { en: 'B' }, statements: 4, byLevel: { plus: 4 } },
    { id: 'C', title: { en: 'C' }, statements: 1, byLevel: { '': 1 } },
  ],
};

describe('sectionsToStore', () => {
  it('stores every section chosen as none listed, in whatever order they were ticked', () => {
    expect(sectionsToStore(summary, ['C', 'A', 'B'])).toEqual([]);
  });

  it('stores a part of the sections in the framework’s order', () => {
    expect(sectionsToStore(summary, ['C', 'A'])).toEqual(['A', 'C']);
    expect(sectionsToStore(summary, ['B'])).toEqual(['B']);
  });

  it('leaves out a section the framework does not have, and does not count it towards "every section"', () => {
    expect(sectionsToStore(summary, ['A', 'B', 'gone'])).toEqual(['A', 'B']);
  });
});

describe('chosenStatements', () => {
  it('counts the chosen sections’ statements at the level, levels cumulative', () => {
    expect(chosenStatements(summary, ['A', 'B'], 'basis')).toBe(2);
    expect(chosenStatements(summary, ['A', 'B'], 'plus')).toBe(9);
    expect(chosenStatements(summary, ['A', 'B', 'C'], null)).toBe(10);
    expect(chosenStatements(summary, ['C'], 'basis')).toBe(1);
  });
});

describe('choiceProblem', () => {
  it('names no section chosen', () => {
    expect(choiceProblem(summary, [], 'plus')).toBe('noSections');
    expect(choiceProblem(summary, ['gone'], 'plus')).toBe('noSections');
  });

  it('names sections with no statement at the level', () => {
    expect(choiceProblem(summary, ['B'], 'basis')).toBe('noStatements');
  });

  it('has nothing to say when the choice holds a statement', () => {
    expect(choiceProblem(summary, ['B'], 'plus')).toBeNull();
    expect(choiceProblem(summary, ['A', 'B'], 'basis')).toBeNull();
  });
});

describe('a section of text only (nothing to rate)', () => {
  const withText = {
    ...summary,
    sections: [...summary.sections, { id: 'T', title: { en: 'T' }, statements: 0, byLevel: {} }],
  };

  it('is not offered', () => {
    expect(offeredSections(withText.sections).map((s) => s.id)).toEqual(['A', 'B', 'C']);
  });

  it('chosen alone is no section chosen', () => {
    expect(choiceProblem(withText, ['T'], 'plus')).toBe('noSections');
  });

  it('is not needed for "every section" to be stored as none listed', () => {
    expect(sectionsToStore(withText, ['A', 'B', 'C'])).toEqual([]);
    expect(sectionsToStore(withText, ['A', 'T'])).toEqual(['A']);
  });
});
