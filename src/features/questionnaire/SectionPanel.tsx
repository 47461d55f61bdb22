import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopedSection } from '../../domain/assessment/scope.ts';
import { PART_SIZE, partCount, partOf, partRange } from '../../domain/assessment/sectionParts.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, ScaleStep } from '../../domain/framework/schema.ts';
import { Intro } from '../../ui/Intro.tsx';
import { Localized } from '../../ui/LocalizedText.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { sectionCode } from '../../ui/sectionTitle.ts';
import { useAsksGoal } from './coverage.ts';
import { PartStatements } from './PartStatements.tsx';
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
  /** A statement asked for ("next unrated"): a long section shows the part that holds it. */
  reveal?: { itemId: string } | null;
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
  reveal = null,
  onStatementsShown,
}: Props) {
  const { t } = useTranslation('questionnaire');
  const goal = useAsksGoal();
  const { section } = scoped;
  // A long section is shown a part at a time (PART_SIZE statements).
  const total = scoped.itemIds.length;
  const parts = partCount(total);
  const partHolding = (asked: { itemId: string } | null) =>
    (asked && partOf(scoped.itemIds, asked.itemId)) ?? null;
  const [part, setPart] = useState(() => partHolding(reveal) ?? 0);
  const [revealed, setRevealed] = useState(reveal);
  if (reveal !== revealed) {
    setRevealed(reveal);
    const holding = partHolding(reveal);
    if (holding !== null) setPart(holding);
  }
  const { start, count } = partRange(total, part);
  // A part chosen with its buttons moves focus to the line that says which statements are shown.
  const range = useRef<HTMLParagraphElement>(null);
  const chosen = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another part is shown
  useEffect(() => {
    if (!chosen.current) return;
    chosen.current = false;
    range.current?.scrollIntoView({ block: 'center' });
    range.current?.focus({ preventScroll: true });
  }, [part]);
  const choose = (index: number) => {
    chosen.current = true;
    setPart(index);
  };
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
      {goal && (
        <TargetPresets assessmentId={assessmentId} fw={fw} scoped={scoped} scale={scale} level={level} />
      )}
      {parts > 1 && (
        <p className="part-range" ref={range} tabIndex={-1}>
          {t('partRange', { from: start + 1, to: start + count, total })}
        </p>
      )}
      <PartStatements
        key={part}
        assessmentId={assessmentId}
        fw={fw}
        groups={scoped.groups}
        start={start}
        count={count}
        scale={scale}
        showOriginal={showOriginal}
        onStatementsShown={onStatementsShown}
      />
      {parts > 1 && (
        <nav className="part-steps" aria-label={t('partSteps')}>
          {part > 0 && (
            <button type="button" onClick={() => choose(part - 1)}>
              ← {t('previousPart', { count: PART_SIZE })}
            </button>
          )}
          {part < parts - 1 && (
            <button type="button" onClick={() => choose(part + 1)}>
              {t('nextPart', { count: partRange(total, part + 1).count })} →
            </button>
          )}
        </nav>
      )}
    </section>
  );
}
