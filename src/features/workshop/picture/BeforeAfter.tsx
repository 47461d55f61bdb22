// Two runs of the same exercise side by side (the earlier one is the later one's
// previousId): per statement the room's current levels before and after, and how
// the median moved. A statement hidden in either run (the threshold) is not compared.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../domain/framework/schema.ts';
import type { Exercise, ExerciseLayout } from '../../../domain/workshop/exercise.ts';
import { groupPicture } from '../../../domain/workshop/groupPicture.ts';
import type { WorkshopResult } from '../../../domain/workshop/resultCode.ts';
import { Bars, CountsTable, Legend, type Row } from './Distribution.tsx';
import { usePictureTexts } from './texts.ts';
import './picture.css';

export interface Run {
  exercise: Exercise;
  layout: ExerciseLayout;
  results: readonly WorkshopResult[];
}

export function BeforeAfter({ fw, before, after }: { fw: Framework; before: Run; after: Run }) {
  const { t } = useTranslation('groupPicture');
  const headingId = useId();
  const texts = usePictureTexts(fw, after.layout);
  const earlier = useMemo(() => groupPicture(before.exercise, before.layout, before.results), [before]);
  const later = useMemo(() => groupPicture(after.exercise, after.layout, after.results), [after]);
  const earlierById = new Map(earlier.statements.map((s) => [s.itemId, s] as const));
  const laterById = new Map(later.statements.map((s) => [s.itemId, s] as const));
  return (
    <section className="group-picture before-after" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('beforeAfter.heading')}</h2>
      <ul className="gp-stats gp-runs">
        <li>
          <span className="gp-stat-label">{t('beforeAfter.before')}:</span>{' '}
          {t('participants', { count: earlier.participants })}
        </li>
        <li>
          <span className="gp-stat-label">{t('beforeAfter.after')}:</span>{' '}
          {t('participants', { count: later.participants })}
        </li>
      </ul>
      <p className="gp-intro">{t('beforeAfter.intro')}</p>
      <Legend texts={texts} />
      {after.layout.scope.map(({ section, itemIds }) => (
        <section className="gp-section" key={section.id}>
          <h3>{texts.section(section.id)}</h3>
          {itemIds.map((id) => {
            const then = earlierById.get(id);
            const now = laterById.get(id);
            const text = texts.statement(id);
            const rows: Row[] = [
              { label: t('beforeAfter.before'), dist: then?.current ?? null },
              { label: t('beforeAfter.after'), dist: now?.current ?? null },
            ];
            const shown = then && now && !then.hidden && !now.hidden && then.current && now.current;
            return (
              <section className="gp-statement" key={id}>
                <h4 className="gp-statement-text" lang={text.language}>
                  {text.text}
                </h4>
                {!then ? (
                  <p className="gp-hidden">{t('beforeAfter.notIn')}</p>
                ) : !shown ? (
                  <p className="gp-hidden">{t('beforeAfter.hidden')}</p>
                ) : (
                  <>
                    <Bars rows={rows} texts={texts} />
                    <p className="gp-stats">
                      {t('beforeAfter.median', {
                        before: texts.number(then.current?.median ?? 0),
                        after: texts.number(now.current?.median ?? 0),
                        change: texts.signed((now.current?.median ?? 0) - (then.current?.median ?? 0)),
                      })}
                    </p>
                    <div className="gp-table-wrap">
                      <CountsTable caption={text.text} rows={rows} texts={texts} captionHidden />
                    </div>
                  </>
                )}
              </section>
            );
          })}
        </section>
      ))}
    </section>
  );
}
