import { useTranslation } from 'react-i18next';
import { progressOf, type ScopedSection } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { useAssessments } from '../../store/appStores.ts';
import { hrefFor } from '../../ui/routes.ts';

export const SUMMARY = '_summary';

interface Props {
  assessmentId: string;
  fw: Framework;
  scope: readonly ScopedSection[];
  current: string;
}

/** The sections with their progress; on phones it folds into a menu. */
export function SectionNav({ assessmentId, fw, scope, current }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const answers = useAssessments((s) => s.assessments[assessmentId]?.answers) ?? {};
  const links = (
    <ol>
      {scope.map(({ section, itemIds }) => {
        const { rated, total } = progressOf(itemIds, answers);
        return (
          <li key={section.id} className={rated === total ? 'done' : undefined}>
            <a
              href={hrefFor.assessment(assessmentId, section.id)}
              aria-current={current === section.id ? 'step' : undefined}
            >
              <span lang={localize(section.title, i18n.language, fw.sourceLanguage).language}>
                {localize(section.title, i18n.language, fw.sourceLanguage).text}
              </span>
              <span className="progress-text">{t('sectionProgress', { rated, total })}</span>
            </a>
          </li>
        );
      })}
      <li>
        <a
          href={hrefFor.assessment(assessmentId, SUMMARY)}
          aria-current={current === SUMMARY ? 'step' : undefined}
        >
          {t('summary')}
        </a>
      </li>
    </ol>
  );
  return (
    <nav aria-label={t('sections')} className="section-nav">
      <details className="section-menu" open>
        <summary>{t('sections')}</summary>
        {links}
      </details>
    </nav>
  );
}
