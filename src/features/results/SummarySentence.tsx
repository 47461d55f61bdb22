import { useTranslation } from 'react-i18next';
import { type AssessmentResults, largestGaps, strengths } from '../../domain/results/gaps.ts';
import { formatList } from '../../ui/languageNames.ts';
import { useNumber } from './format.ts';

/** The results in words first: development areas, strengths, and the overall picture. */
export function SummarySentence({
  results,
  textOf,
}: {
  results: AssessmentResults;
  textOf(itemId: string): string;
}) {
  const { t, i18n } = useTranslation('results');
  const n = useNumber();
  const { overall, statements } = results;
  const quote = (id: string) => t('sentence.quote', { text: textOf(id) });
  const areas = largestGaps(statements)
    .slice(0, 3)
    .map((s) => quote(s.itemId));
  const strong = strengths(statements)
    .slice(0, 3)
    .map((s) => quote(s.itemId));
  return (
    <div className="summary-sentence">
      <p>
        {areas.length
          ? t('sentence.areas', { list: formatList(areas, i18n.language) })
          : t('sentence.noAreas')}
      </p>
      <p>
        {strong.length
          ? t('sentence.strengths', { list: formatList(strong, i18n.language) })
          : t('sentence.noStrengths')}
      </p>
      <p>
        {t('sentence.overall', {
          rated: overall.rated,
          total: overall.total,
          current: n(overall.meanCurrent),
          target: n(overall.meanTarget),
        })}
        {overall.notApplicable > 0 && <> {t('sentence.notApplicable', { count: overall.notApplicable })}</>}
      </p>
    </div>
  );
}
