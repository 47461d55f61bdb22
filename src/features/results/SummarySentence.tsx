import { useTranslation } from 'react-i18next';
import type { OthersSummary } from '../../domain/feedback/othersView.ts';
import type { Audience } from '../../domain/framework/audience.ts';
import {
  type AssessmentResults,
  byMeanGap,
  largestGaps,
  strengthFloor,
  strengths,
} from '../../domain/results/gaps.ts';
import { formatList } from '../../ui/languageNames.ts';
import { useNumber } from './format.ts';

/** The results in words first: development areas, strengths, the overall picture and the gap, others' view. */
export function SummarySentence({
  results,
  others,
  textOf,
  titleOf,
  scale,
  audience,
}: {
  results: AssessmentResults;
  /** Others' view in numbers (`othersSummary`), where feedback was collected and is shown. */
  others: OthersSummary | null;
  /** Who is spoken to (`audienceOf`): a person or a team. */
  audience: Audience;
  textOf(itemId: string): string;
  titleOf(sectionId: string): string;
  scale: { min: number; max: number };
}) {
  const { t, i18n } = useTranslation('results');
  const n = useNumber();
  const { overall, statements } = results;
  const quote = (id: string) => t('sentence.quote', { text: textOf(id) });
  const areas = largestGaps(statements)
    .slice(0, 3)
    .map((s) => quote(s.itemId));
  const floor = strengthFloor([{ value: scale.min }, { value: scale.max }]);
  const strong = strengths(statements, floor)
    .slice(0, 3)
    .map((s) => quote(s.itemId));
  const floorText = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(floor);
  const widest = results.bySection.length > 1 ? byMeanGap(results.bySection)[0] : undefined;
  return (
    <div className="summary-sentence">
      <p>
        {areas.length
          ? t('sentence.areas', { context: audience, list: formatList(areas, i18n.language) })
          : t('sentence.noAreas', { context: audience })}
      </p>
      <p>
        {strong.length
          ? t('sentence.strengths', { context: audience, list: formatList(strong, i18n.language) })
          : t('sentence.noStrengths', { context: audience, floor: floorText })}
      </p>
      <p>
        {t('sentence.overall', {
          context: audience,
          rated: overall.rated,
          total: overall.total,
          current: n(overall.meanCurrent),
          target: n(overall.meanTarget),
        })}{' '}
        {t('sentence.gap', { context: audience, gap: n(overall.meanGap) })}
        {widest && widest.aggregate.meanGap !== null && widest.aggregate.meanGap > 0 && (
          <>
            {' '}
            {t('sentence.widest', { section: titleOf(widest.sectionId), gap: n(widest.aggregate.meanGap) })}
          </>
        )}
        {overall.notApplicable > 0 && <> {t('sentence.notApplicable', { count: overall.notApplicable })}</>}
      </p>
      {others && (
        <p>
          {t('sentence.others', {
            context: audience,
            count: others.raters,
            strengths: t('sentence.hiddenStrengths', { count: others.hiddenStrengths }),
            blindSpots: t('sentence.blindSpots', { count: others.blindSpots }),
          })}
          {others.anonymousHidden > 0 && (
            <> {t('othersCount.hidden', { count: others.anonymousHidden, min: others.anonymousFrom })}</>
          )}
        </p>
      )}
    </div>
  );
}
