import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf, type ScopedSection } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, Section } from '../../domain/framework/schema.ts';
import { hrefFor } from '../../ui/routes.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';
import { useAsksGoal } from './coverage.ts';
import { useAnswersAfterPaint } from './useAnswersAfterPaint.ts';
import { useProgressiveCount } from './useProgressiveCount.ts';
import './sectionMenu.css';

export const SUMMARY = '_summary';

interface Props {
  assessmentId: string;
  fw: Framework;
  scope: readonly ScopedSection[];
  current: string;
}

/** A screen wide enough for the list beside the statements (open); without matchMedia, assumed so. */
const wide = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches;

/** The sections with their progress; on phones it folds into a menu. */
export function SectionNav({ assessmentId, fw, scope, current }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const [open] = useState(wide);
  const menu = useRef<HTMLDetailsElement>(null);
  // On a phone the menu folds away once a section is chosen.
  const fold = () => {
    if (menu.current && !wide()) menu.current.open = false;
  };
  // The counts follow a rating a moment later, so the rating itself paints first.
  const answers = useAnswersAfterPaint(assessmentId);
  const goal = useAsksGoal();
  // A long list of sections is rendered a part at a time, always up to the current one.
  const rendered = useProgressiveCount(scope.length, 10, 30);
  const shown = Math.max(rendered, scope.findIndex((s) => s.section.id === current) + 1);
  const all = shown >= scope.length;
  const links = (
    <ol>
      {scope.slice(0, shown).map(({ section, itemIds }) => {
        const { rated, total } = progressOf(itemIds, answers, goal);
        return (
          <SectionLink
            key={section.id}
            assessmentId={assessmentId}
            section={section}
            sourceLanguage={fw.sourceLanguage}
            current={current === section.id}
            rated={rated}
            total={total}
            onClick={fold}
          />
        );
      })}
      {all && (
        <li>
          <a
            onClick={fold}
            href={hrefFor.assessment(assessmentId, SUMMARY)}
            aria-current={current === SUMMARY ? 'step' : undefined}
          >
            {t('summary')}
          </a>
        </li>
      )}
    </ol>
  );
  // The menu names the section shown, so that, folded, it still says where the user is.
  const shownSection = scope.find((s) => s.section.id === current)?.section;
  return (
    <nav aria-label={t('sections')} className="section-nav">
      <details className="section-menu" open={open} ref={menu}>
        <summary>
          <span className="section-menu-label">{t('sections')}</span>
          {shownSection ? (
            <span
              className="section-menu-current"
              lang={localize(shownSection.title, i18n.language, fw.sourceLanguage).language}
            >
              {sectionTitle(shownSection, i18n.language, fw.sourceLanguage)}
            </span>
          ) : (
            <span className="section-menu-current">{t('summary')}</span>
          )}
        </summary>
        {links}
      </details>
    </nav>
  );
}

interface LinkProps {
  assessmentId: string;
  section: Section;
  sourceLanguage: string;
  current: boolean;
  rated: number;
  total: number;
  onClick(): void;
}

/** One section with its count. */
function SectionLink({ assessmentId, section, sourceLanguage, current, rated, total, onClick }: LinkProps) {
  const { t, i18n } = useTranslation('questionnaire');
  return (
    <li className={rated === total ? 'done' : undefined}>
      <a
        onClick={onClick}
        href={hrefFor.assessment(assessmentId, section.id)}
        aria-current={current ? 'step' : undefined}
      >
        <span lang={localize(section.title, i18n.language, sourceLanguage).language}>
          {sectionTitle(section, i18n.language, sourceLanguage)}
        </span>
        <span className="progress-text">{t('sectionProgress', { rated, total })}</span>
      </a>
    </li>
  );
}
