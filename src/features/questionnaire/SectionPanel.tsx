import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopedSection } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, ScaleStep } from '../../domain/framework/schema.ts';
import { GroupHeading } from '../../ui/GroupHeading.tsx';
import { Intro } from '../../ui/Intro.tsx';
import { Localized } from '../../ui/LocalizedText.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { sectionCode } from '../../ui/sectionTitle.ts';
import { StatementRow } from './StatementRow.tsx';
import { TargetPresets } from './TargetPresets.tsx';
import { useProgressiveCount } from './useProgressiveCount.ts';

interface Props {
  assessmentId: string;
  fw: Framework;
  scoped: ScopedSection;
  inScope: readonly string[];
  scale: ScaleStep[];
  showOriginal: boolean;
  /** The assessment's variant level. */
  level: string | null;
  /** Called after more statements have been rendered (they appear a step at a time). */
  onStatementsShown(): void;
}

function SeeAlso({
  fw,
  ids,
  assessmentId,
  inScope,
}: {
  fw: Framework;
  ids: string[];
  assessmentId: string;
  inScope: readonly string[];
}) {
  const { t, i18n } = useTranslation(['questionnaire', 'preview']);
  return (
    <p className="see-also">
      {t('preview:seeAlso')}:{' '}
      {ids.map((id, i) => {
        const target = fw.sections.find((s) => s.id === id);
        const title = target && `${id} ${localize(target.title, i18n.language, fw.sourceLanguage).text}`;
        return (
          <span key={id}>
            {i > 0 && ', '}
            {target && inScope.includes(id) ? (
              <a href={hrefFor.assessment(assessmentId, id)}>{title}</a>
            ) : (
              (title ?? t('preview:notLoaded', { id }))
            )}
          </span>
        );
      })}
    </p>
  );
}

export function SectionPanel({
  assessmentId,
  fw,
  scoped,
  inScope,
  scale,
  showOriginal,
  level,
  onStatementsShown,
}: Props) {
  const { t } = useTranslation('questionnaire');
  const { section } = scoped;
  const total = scoped.groups.reduce((n, g) => n + g.items.length, 0);
  const shown = useProgressiveCount(total);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time more statements are shown
  useEffect(() => onStatementsShown(), [shown]);
  // Groups in order, each with the statements that are rendered so far.
  let before = 0;
  const groups = scoped.groups.flatMap((g) => {
    const items = g.items.slice(0, Math.max(0, shown - before));
    before += g.items.length;
    return items.length ? [{ group: g.group, items }] : [];
  });
  return (
    <section aria-labelledby="section-heading" className="section-panel">
      <h2 id="section-heading" tabIndex={-1}>
        {sectionCode(section) && `${sectionCode(section)} `}
        <Localized text={section.title} sourceLanguage={fw.sourceLanguage} showOriginal={showOriginal} />
      </h2>
      {section.intro && (
        <details className="section-intro" open>
          <summary>{t('introToggle')}</summary>
          <Intro text={section.intro} fw={fw} showOriginal={showOriginal} />
        </details>
      )}
      {section.seeAlso && (
        <SeeAlso fw={fw} ids={section.seeAlso} assessmentId={assessmentId} inScope={inScope} />
      )}
      <TargetPresets assessmentId={assessmentId} fw={fw} scoped={scoped} scale={scale} level={level} />
      {groups.map(({ group, items }) => (
        <div className="group" key={group.id}>
          <GroupHeading fw={fw} group={group} showOriginal={showOriginal} />
          <ol className="statements">
            {items.map((item) => (
              <StatementRow
                key={item.id}
                assessmentId={assessmentId}
                item={item}
                scale={scale}
                sourceLanguage={fw.sourceLanguage}
                showOriginal={showOriginal}
              />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
