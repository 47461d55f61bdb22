// What the group picture shows of the framework: statement texts, section titles
// and scale labels in the UI language, and numbers through Intl.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleOf } from '../../../domain/framework/defaultScale.ts';
import { localize, type ShownText } from '../../../domain/framework/localize.ts';
import type { Framework } from '../../../domain/framework/schema.ts';
import type { ExerciseLayout } from '../../../domain/workshop/exercise.ts';
import { sectionTitle } from '../../../ui/sectionTitle.ts';

export interface PictureTexts {
  statement(itemId: string): ShownText;
  section(sectionId: string): string;
  /** The scale's labels, in its order, with their values. */
  steps: { value: number; label: string }[];
  number(x: number): string;
  signed(x: number): string;
}

function formatter(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(language, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

export function usePictureTexts(fw: Framework, layout: ExerciseLayout): PictureTexts {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const source = fw.sourceLanguage;
    const items = new Map(
      layout.scope.flatMap((s) => s.groups.flatMap((g) => g.items.map((item) => [item.id, item] as const))),
    );
    const sections = new Map(layout.scope.map((s) => [s.section.id, s.section] as const));
    const plain = formatter(language, { maximumFractionDigits: 2 });
    const signed = formatter(language, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    return {
      statement: (id) => {
        const item = items.get(id);
        return item
          ? localize(item.text, language, source)
          : { text: id, language: source, isTranslation: false, isFallback: true };
      },
      section: (id) => {
        const section = sections.get(id);
        return section ? sectionTitle(section, language, source) : id;
      },
      steps: scaleOf(fw)
        .filter((s) => layout.scale.includes(s.value))
        .map((s) => ({ value: s.value, label: localize(s.label, language, source).text })),
      number: (x) => plain.format(x),
      signed: (x) => signed.format(x),
    };
  }, [fw, layout, language]);
}

/** The colour of a scale step: a ramp from light to dark over the scale, whatever its length. */
export function shadeOf(index: number, steps: number): number {
  return steps <= 1 ? 3 : Math.round((index * 6) / (steps - 1));
}
