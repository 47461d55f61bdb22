import { useTranslation } from 'react-i18next';
import type { OthersSummary } from '../../domain/feedback/othersView.ts';
import {
  type AssessmentResults,
  byMeanGap,
  largestGaps,
  strengthFloor,
  strengths,
} from '../../domain/results/gaps.ts';
import { formatList } from '../../ui/languageNames.ts';
import type { Spoken } from '../../ui/spokenTo.ts';
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
  /** Who is spoken to (`useSpokenTo`): a person, a team, or a rater of the one they rate. */
  audience: Spoken;
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
          ? t('sentence.areas', { ...audience, list: formatList(areas, i18n.language) })
          : t('sentence.noAreas', audience)}
      </p>
      <p>
        {strong.length
          ? t('sentence.strengths', { ...audience, list: formatList(strong, i18n.language) })
          : t('sentence.noStrengths', { ...audience, floor: floorText })}
      </p>
      <p>
        {t('sentence.overall', {
          ...audience,
          rated: overall.rated,
          total: overall.total,
          current: n(overall.meanCurrent),
          target: n(overall.meanTarget),
        })}{' '}
        {t('sentence.gap', { ...audience, gap: n(overall.meanGap) })}
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
            ...audience,
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
