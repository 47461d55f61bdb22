import { useTranslation } from 'react-i18next';
import { progressOf, type ScopedSection } from '../../domain/assessment/scope.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { useUserData } from '../../store/appStores.ts';
import { HandBack } from '../../ui/HandBack.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';
import { useAsksGoal } from './coverage.ts';

/** What is left to rate, section by section. */
export function SummaryPanel({
  assessmentId,
  fw,
  scope,
}: {
  assessmentId: string;
  fw: Framework;
  scope: readonly ScopedSection[];
}) {
  const { t, i18n } = useTranslation('questionnaire');
  const answers = useUserData((s) => s.assessments[assessmentId]?.answers) ?? {};
  const goal = useAsksGoal();
  return (
    <section aria-labelledby="section-heading" className="section-panel">
      <h2 id="section-heading" tabIndex={-1}>
        {t('summaryHeading')}
      </h2>
      <ul className="summary-list">
        {scope.map(({ section, itemIds }) => {
          const { rated, total } = progressOf(itemIds, answers, goal);
          return (
            <li key={section.id}>
              <a href={hrefFor.assessment(assessmentId, section.id)}>
                {sectionTitle(section, i18n.language, fw.sourceLanguage)}
              </a>
              {': '}
              {rated === total ? t('summaryDone') : t('summaryLeft', { count: total - rated })}
            </li>
          );
        })}
      </ul>
      <HandBack assessmentId={assessmentId} fw={fw} />
    </section>
  );
}
