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

interface Props {
  assessmentId: string;
  fw: Framework;
  scoped: ScopedSection;
  inScope: readonly string[];
  scale: ScaleStep[];
  showOriginal: boolean;
  /** The assessment's variant level. */
  level: string | null;
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
  const { t, i18n } = useTranslation('questionnaire');
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

export function SectionPanel({ assessmentId, fw, scoped, inScope, scale, showOriginal, level }: Props) {
  const { t } = useTranslation('questionnaire');
  const { section } = scoped;
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
      {scoped.groups.map(({ group, items }) => (
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
