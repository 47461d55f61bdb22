import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { compareAssessments } from '../../domain/results/compare.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { useNumber, useSignedNumber } from './format.ts';
import { MeansChart } from './MeansChart.tsx';

interface Props {
  fw: Framework;
  before: Assessment;
  after: Assessment;
  min: number;
  max: number;
  textOf(itemId: string): string;
  sectionTitle(sectionId: string): string;
}

/** Earlier against later: change per section and statement, and what only one of them has. */
export function CompareSection({ fw, before, after, min, max, textOf, sectionTitle }: Props) {
  const { t, i18n } = useTranslation('results');
  const n = useNumber();
  const signed = useSignedNumber();
  const c = compareAssessments(fw, before, after);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
    before.completedAt ?? before.updatedAt,
  );
  const labels = { current: t('series.before'), target: t('series.after') };
  const rows = c.sections.map((s) => ({
    name: sectionTitle(s.sectionId),
    current: s.before.meanCurrent,
    target: s.after.meanCurrent,
  }));
  const changed = c.statements.filter((s) => s.change !== null);
  return (
    <section className="report-section compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.heading', { title: before.title, date })}</h2>
      {c.versionChanged && (
        <p className="notice warning">
          {t('compare.versionChanged', { before: before.frameworkVersion, after: after.frameworkVersion })}
        </p>
      )}
      <ChartFigure title={t('compare.overlay')} rows={rows} min={min} max={max} labels={labels}>
        <MeansChart rows={rows} min={min} max={max} labels={labels} />
      </ChartFigure>
      <h3>{t('compare.bySection')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('table.section')}</th>
            <th scope="col">{t('table.before')}</th>
            <th scope="col">{t('table.after')}</th>
            <th scope="col">{t('table.change')}</th>
          </tr>
        </thead>
        <tbody>
          {c.sections.map((s) => (
            <tr key={s.sectionId}>
              <th scope="row">{sectionTitle(s.sectionId)}</th>
              <td>{n(s.before.meanCurrent)}</td>
              <td>{n(s.after.meanCurrent)}</td>
              <td>{signed(s.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('compare.byStatement')}</h3>
      {changed.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('table.statement')}</th>
              <th scope="col">{t('table.before')}</th>
              <th scope="col">{t('table.after')}</th>
              <th scope="col">{t('table.change')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((s) => (
              <tr key={s.itemId}>
                <th scope="row">{textOf(s.itemId)}</th>
                <td>{n(s.before.current)}</td>
                <td>{n(s.after.current)}</td>
                <td>{signed(s.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('compare.noChanges')}</p>
      )}
      {c.added.length > 0 && (
        <>
          <h3>{t('compare.added')}</h3>
          <ul>
            {c.added.map((id) => (
              <li key={id}>{textOf(id)}</li>
            ))}
          </ul>
        </>
      )}
      {c.removed.length > 0 && (
        <>
          <h3>{t('compare.removed')}</h3>
          <ul>
            {c.removed.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
