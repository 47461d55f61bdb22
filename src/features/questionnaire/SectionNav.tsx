import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf, type ScopedSection } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { hrefFor } from '../../ui/routes.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';
import { useAnswersAfterPaint } from './useAnswersAfterPaint.ts';
import { useProgressiveCount } from './useProgressiveCount.ts';

export const SUMMARY = '_summary';

interface Props {
  assessmentId: string;
  fw: Framework;
  scope: readonly ScopedSection[];
  current: string;
}

/** The sections with their progress; on phones it folds into a menu. */
const wide = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches;

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
  // A long list of sections is rendered a part at a time, always up to the current one.
  const rendered = useProgressiveCount(scope.length, 10, 30);
  const shown = Math.max(rendered, scope.findIndex((s) => s.section.id === current) + 1);
  const all = shown >= scope.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fold only reads a ref
  const links = useMemo(
    () => (
      <ol>
        {scope.slice(0, shown).map(({ section, itemIds }) => {
          const { rated, total } = progressOf(itemIds, answers);
          return (
            <li key={section.id} className={rated === total ? 'done' : undefined}>
              <a
                onClick={fold}
                href={hrefFor.assessment(assessmentId, section.id)}
                aria-current={current === section.id ? 'step' : undefined}
              >
                <span lang={localize(section.title, i18n.language, fw.sourceLanguage).language}>
                  {sectionTitle(section, i18n.language, fw.sourceLanguage)}
                </span>
                <span className="progress-text">{t('sectionProgress', { rated, total })}</span>
              </a>
            </li>
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
    ),
    [answers, scope, shown, all, current, assessmentId, fw, i18n.language, t],
  );
  return (
    <nav aria-label={t('sections')} className="section-nav">
      <details className="section-menu" open={open} ref={menu}>
        <summary>{t('sections')}</summary>
        {links}
      </details>
    </nav>
  );
}
