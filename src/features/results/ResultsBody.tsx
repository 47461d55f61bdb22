import { useTranslation } from 'react-i18next';
import type { OthersSummary } from '../../domain/feedback/othersView.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import {
  type AssessmentResults,
  byMeanGap,
  notApplicable,
  strengthFloor,
} from '../../domain/results/gaps.ts';
import { useKindLabel } from '../../ui/kindLabel.ts';
import type { Spoken } from '../../ui/spokenTo.ts';
import { ChartFigure, type ChartRow } from './ChartFigure.tsx';
import { GapTable } from './GapTable.tsx';
import { GapChart, MeansChart } from './MeansChart.tsx';
import { SummarySentence } from './SummarySentence.tsx';

interface Props {
  fw: Framework;
  results: AssessmentResults;
  /** Others' view in numbers, where feedback was collected and is shown (`othersSummary`). */
  others: OthersSummary | null;
  min: number;
  max: number;
  textOf(itemId: string): string;
  titleOf(sectionId: string): string;
  /** Who is spoken to (`useSpokenTo`). */
  spoken: Spoken;
}

type Aggregated = AssessmentResults['overall'];
const rowOf = (key: string, name: string, a: Aggregated): ChartRow => ({
  key,
  name,
  current: a.meanCurrent,
  target: a.meanTarget,
  gap: a.meanGap,
});

/** What the results say: the sentence, the means and gaps (section, group, level), the statements, the notes. */
export function ResultsBody({ fw, results, others, min, max, textOf, titleOf, spoken }: Props) {
  const { t, i18n } = useTranslation('results');
  const kindLabel = useKindLabel();
  const levelLabel = (id: string | null) => {
    const level = fw.levels?.find((l) => l.id === id);
    return level ? localize(level.label, i18n.language, fw.sourceLanguage).text : t('table.everyLevel');
  };
  const series = { current: t('series.current', spoken), target: t('series.target', spoken) };
  const labels = { current: t('table.current'), target: t('table.target'), gap: t('table.gapShort') };
  const total = rowOf('all', t('table.overall'), results.overall);
  const sectionRows = results.bySection.map((s) => rowOf(s.sectionId, titleOf(s.sectionId), s.aggregate));
  const kindRows = results.byKind.map((k) => rowOf(k.kind, kindLabel(k.kind), k.aggregate));
  const levelRows = results.byLevel.map((l) => rowOf(l.level ?? '', levelLabel(l.level), l.aggregate));
  const gapRows = byMeanGap(results.bySection).map((s) =>
    rowOf(s.sectionId, titleOf(s.sectionId), s.aggregate),
  );
  const skipped = notApplicable(results.statements);
  const shownElsewhere = new Set(results.statements.filter((s) => s.status === 'rated').map((s) => s.itemId));
  const otherNotes = results.statements.filter((s) => s.note && !shownElsewhere.has(s.itemId));
  const figure = (title: string, first: string, rows: ChartRow[]) => (
    <ChartFigure title={title} first={first} rows={rows} min={min} max={max} labels={labels} total={total}>
      <MeansChart rows={rows} min={min} max={max} labels={series} />
    </ChartFigure>
  );

  return (
    <>
      {results.overall.rated === 0 ? (
        <p className="notice">{t('noneRated', spoken)}</p>
      ) : (
        <>
          <SummarySentence
            audience={spoken}
            results={results}
            others={others}
            textOf={textOf}
            titleOf={titleOf}
            scale={{ min, max }}
          />
          {figure(t('chart.bySection', spoken), t('table.section'), sectionRows)}
          {gapRows.length > 1 && (
            <ChartFigure
              title={t('chart.gaps')}
              first={t('table.section')}
              rows={gapRows}
              min={min}
              max={max}
              labels={labels}
              total={total}
              note={t('chart.gapNote')}
            >
              <GapChart rows={gapRows} max={max - min} label={t('table.gapMean')} />
            </ChartFigure>
          )}
          {kindRows.length > 1 && figure(t('chart.byKind'), t('table.kind'), kindRows)}
          {levelRows.length > 1 && figure(t('chart.byLevel', spoken), t('table.level'), levelRows)}
          <GapTable
            fw={fw}
            statements={results.statements}
            textOf={textOf}
            sectionTitle={titleOf}
            floor={strengthFloor([{ value: min }, { value: max }])}
            spoken={spoken}
          />
        </>
      )}
      {skipped.length > 0 && (
        <section className="report-section" aria-labelledby="not-applicable-heading">
          <h2 id="not-applicable-heading">{t('notApplicable.heading', { count: skipped.length })}</h2>
          <ul>
            {skipped.map((s) => (
              <li key={s.itemId}>
                {textOf(s.itemId)} <span className="muted">({titleOf(s.sectionId)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {otherNotes.length > 0 && (
        <section className="report-section" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('notes.heading')}</h2>
          <dl className="notes-list">
            {otherNotes.map((s) => (
              <div key={s.itemId}>
                <dt>{textOf(s.itemId)}</dt>
                <dd>{s.note}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
