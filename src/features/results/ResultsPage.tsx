import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { scaleOf } from '../../domain/framework/defaultScale.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { assessmentResults } from '../../domain/results/gaps.ts';
import { useAssessments } from '../../store/appStores.ts';
import { HandBack } from '../../ui/HandBack.tsx';
import { useKindLabel } from '../../ui/kindLabel.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFramework } from '../../ui/useFramework.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { CompareSection } from './CompareSection.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { GapTable } from './GapTable.tsx';
import { MeansChart } from './MeansChart.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { SummarySentence } from './SummarySentence.tsx';
import './results.css';

function Results({ a, fw, compare }: { a: Assessment; fw: Framework; compare: Assessment | undefined }) {
  const { t, i18n } = useTranslation('results');
  const kindLabel = useKindLabel();
  const ui = i18n.language;
  const results = useMemo(() => assessmentResults(fw, a), [fw, a]);
  useDocumentTitle(t('heading', { title: a.title }));
  const scale = scaleOf(fw);
  const min = scale[0]?.value ?? 0;
  const max = scale[scale.length - 1]?.value ?? 4;
  const items = useMemo(
    () => new Map(fw.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => [i.id, i])))),
    [fw],
  );
  const textOf = (id: string) => {
    const item = items.get(id);
    return item ? localize(item.text, ui, fw.sourceLanguage).text : id;
  };
  const titleOf = (id: string) => {
    const s = fw.sections.find((x) => x.id === id);
    return s ? sectionTitle(s, ui, fw.sourceLanguage) : id;
  };
  const others = useAssessments((s) => s.assessments);
  const candidates = Object.values(others)
    .filter((o) => o.id !== a.id && o.frameworkId === a.frameworkId)
    .sort((x, y) => y.updatedAt - x.updatedAt);
  const labels = { current: t('series.current'), target: t('series.target') };
  const sectionRows = results.bySection.map((s) => ({
    name: titleOf(s.sectionId),
    current: s.aggregate.meanCurrent,
    target: s.aggregate.meanTarget,
  }));
  const kindRows = results.byKind.map((k) => ({
    name: kindLabel(k.kind),
    current: k.aggregate.meanCurrent,
    target: k.aggregate.meanTarget,
  }));
  const shownElsewhere = new Set(results.statements.filter((s) => s.status === 'rated').map((s) => s.itemId));
  const otherNotes = results.statements.filter((s) => s.note && !shownElsewhere.has(s.itemId));

  return (
    <article className="results">
      <h1>{t('heading', { title: a.title })}</h1>
      <ReportHeader a={a} fw={fw} />
      <ExportButtons a={a} fw={fw} />
      <HandBack assessmentId={a.id} fw={fw} />
      <p className="actions toolbar">
        <a href={hrefFor.assessment(a.id)}>{t('backToRating')}</a>
        {candidates.length > 0 && (
          <label>
            {t('compareWith')}{' '}
            <select
              value={compare?.id ?? ''}
              onChange={(e) => navigate(hrefFor.results(a.id, e.target.value || null))}
            >
              <option value="">{t('compareNone')}</option>
              {candidates.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </p>
      {results.overall.rated === 0 ? (
        <p className="notice">{t('noneRated')}</p>
      ) : (
        <>
          <SummarySentence results={results} textOf={textOf} />
          <ChartFigure title={t('chart.bySection')} rows={sectionRows} min={min} max={max} labels={labels}>
            <MeansChart rows={sectionRows} min={min} max={max} labels={labels} />
          </ChartFigure>
          {kindRows.length > 1 && (
            <ChartFigure title={t('chart.byKind')} rows={kindRows} min={min} max={max} labels={labels}>
              <MeansChart rows={kindRows} min={min} max={max} labels={labels} />
            </ChartFigure>
          )}
          <GapTable fw={fw} statements={results.statements} textOf={textOf} sectionTitle={titleOf} />
        </>
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
      {compare && (
        <CompareSection
          fw={fw}
          before={compare}
          after={a}
          min={min}
          max={max}
          textOf={textOf}
          sectionTitle={titleOf}
        />
      )}
    </article>
  );
}

export default function ResultsPage({ id, compareId }: { id: string; compareId: string | null }) {
  const { t } = useTranslation(['results', 'common', 'questionnaire']);
  const a = useAssessments((s) => s.assessments[id]);
  const compare = useAssessments((s) => (compareId ? s.assessments[compareId] : undefined));
  const state = useFramework(a?.frameworkId ?? '', a?.frameworkVersion);
  if (!a) {
    return (
      <>
        <h1>{t('common:status.notFound')}</h1>
        <p>{t('questionnaire:notFound')}</p>
      </>
    );
  }
  if (state.status === 'loading') return <p aria-busy="true">{t('common:status.loading')}</p>;
  if (state.status !== 'ready') return <p role="alert">{t('questionnaire:frameworkMissing')}</p>;
  return <Results a={a} fw={state.framework} compare={compare} />;
}
