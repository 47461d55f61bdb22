// One statement of the group picture: its text, the bars and the table of the
// room's current and target levels, median and interquartile range, how many
// want to move, and the not-applicable count; below the threshold only a
// sentence saying why nothing is shown.
import { useTranslation } from 'react-i18next';
import type { StatementPicture } from '../../../domain/workshop/groupPicture.ts';
import { Bars, CountsTable, type Row, Stats } from './Distribution.tsx';
import type { PictureTexts } from './texts.ts';

export function MovingLine({ s, texts }: { s: StatementPicture; texts: PictureTexts }) {
  const { t } = useTranslation('groupPicture');
  if (s.withBoth === 0) return null;
  return (
    <>
      {s.moving === 0
        ? t('movingNone', { total: texts.number(s.withBoth) })
        : t('moving', {
            count: s.moving,
            total: texts.number(s.withBoth),
            gap: texts.number(s.medianGap ?? 0),
          })}
    </>
  );
}

export function StatementBlock({
  s,
  threshold,
  texts,
  Heading = 'h4',
  tableHidden = false,
}: {
  s: StatementPicture;
  threshold: number;
  texts: PictureTexts;
  Heading?: 'h2' | 'h3' | 'h4' | 'h5';
  /** The table for screen readers only (the presentation view). */
  tableHidden?: boolean;
}) {
  const { t } = useTranslation('groupPicture');
  const text = texts.statement(s.itemId);
  const rows: Row[] = [
    { label: t('now'), dist: s.current },
    { label: t('goal'), dist: s.target },
  ];
  return (
    <section className="gp-statement">
      <Heading className="gp-statement-text" lang={text.language}>
        {text.text}
      </Heading>
      {s.hidden ? (
        <p className="gp-hidden">{t('hidden', { count: threshold })}</p>
      ) : (
        <>
          <Bars rows={rows} texts={texts} />
          <ul className="gp-stats">
            <Stats label={t('now')} dist={s.current} texts={texts} />
            <Stats label={t('goal')} dist={s.target} texts={texts} />
            {s.withBoth > 0 && (
              <li>
                <MovingLine s={s} texts={texts} />
              </li>
            )}
            <li>{t('notApplicable', { count: s.notApplicable })}</li>
          </ul>
          <div className={tableHidden ? 'visually-hidden' : 'gp-table-wrap'}>
            <CountsTable caption={text.text} rows={rows} texts={texts} captionHidden />
          </div>
        </>
      )}
    </section>
  );
}
