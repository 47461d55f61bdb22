import { useTranslation } from 'react-i18next';
import { nextUnrated, progressOf, type ScopedSection } from '../../domain/assessment/scope.ts';
import { hrefFor } from '../../ui/routes.ts';
import { SaveIndicator } from '../../ui/SaveIndicator.tsx';
import type { Spoken } from '../../ui/spokenTo.ts';
import { useAsksGoal, useCoverage } from './coverage.ts';
import { useAnswersAfterPaint } from './useAnswersAfterPaint.ts';

interface Props {
  assessmentId: string;
  scope: readonly ScopedSection[];
  /** Who is spoken to (`useSpokenTo`). */
  audience: Spoken;
  onNext(target: { sectionId: string; itemId: string }): void;
  /** The statement the user was last at; the search for the next unrated starts after it. */
  after(): string | null;
}

/** Sticky: overall progress, "saved", and "next unrated". */
export function ProgressBar({ assessmentId, scope, audience, onNext, after }: Props) {
  const { t } = useTranslation('questionnaire');
  const answers = useAnswersAfterPaint(assessmentId);
  const itemIds = useCoverage();
  const goal = useAsksGoal();
  const { rated, total } = progressOf(itemIds, answers, goal);
  const next = () => {
    const target = nextUnrated(scope, answers, after() ?? undefined, goal);
    if (target) onNext(target);
  };
  return (
    <div className="progress-bar">
      <label className="overall">
        <span>{t('overallProgress', { rated, total })}</span>
        <progress max={total} value={rated} aria-label={t('overall')} />
      </label>
      <SaveIndicator />
      {rated < total ? (
        <button type="button" className="button primary" onClick={next}>
          {t('nextUnrated')}
        </button>
      ) : (
        <span className="all-rated">
          {t('allRated')}{' '}
          <a className="button primary" href={hrefFor.results(assessmentId)}>
            {t('results', audience)}
          </a>
        </span>
      )}
    </div>
  );
}
