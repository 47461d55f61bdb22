import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { compareAssessments } from '../../domain/results/compare.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { useNumber, useRating, useSignedNumber } from './format.ts';
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

interface ChangeRow {
  key: string;
  name: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

/** Earlier, later and the change, one row per section or statement. */
function ChangeTable({ first, rows, whole = false }: { first: string; rows: ChangeRow[]; whole?: boolean }) {
  const { t } = useTranslation('results');
  const mean = useNumber();
  const rating = useRating();
  const n = whole ? rating : mean;
  const signed = useSignedNumber(whole);
  return (
    <table className="change-table">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{t('table.before')}</th>
          <th scope="col">{t('table.after')}</th>
          <th scope="col">{t('table.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>{n(row.before)}</td>
            <td>{n(row.after)}</td>
            <td>{signed(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Earlier against later: change per section and statement, and what only one of them has. */
export function CompareSection({ fw, before, after, min, max, textOf, sectionTitle }: Props) {
  const { t, i18n } = useTranslation(['results', 'errors']);
  const c = compareAssessments(fw, before, after);
  const date = formatDate(
    before.completedAt ?? before.updatedAt,
    i18n.language,
    { dateStyle: 'medium' },
    t('errors:unknownDate'),
  );
  const labels = { current: t('series.before'), target: t('series.after') };
  const rows = c.sections.map((s) => ({
    key: s.sectionId,
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
      <ChartFigure
        title={t('compare.overlay', { context: audienceOf(fw) })}
        first={t('table.section')}
        rows={rows}
        min={min}
        max={max}
        labels={labels}
      >
        <MeansChart rows={rows} min={min} max={max} labels={labels} />
      </ChartFigure>
      <h3>{t('compare.bySection')}</h3>
      <ChangeTable
        first={t('table.section')}
        rows={c.sections.map((s) => ({
          key: s.sectionId,
          name: sectionTitle(s.sectionId),
          before: s.before.meanCurrent,
          after: s.after.meanCurrent,
          change: s.change,
        }))}
      />
      <h3>{t('compare.byStatement')}</h3>
      {changed.length ? (
        <ChangeTable
          whole
          first={t('table.statement')}
          rows={changed.map((s) => ({
            key: s.itemId,
            name: textOf(s.itemId),
            before: s.before.current,
            after: s.after.current,
            change: s.change,
          }))}
        />
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
