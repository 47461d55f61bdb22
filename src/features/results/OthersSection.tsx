// Self beside others, on the results page: the feedback collected for this
// assessment's requests (domain/feedback/othersView.ts) as a sentence, the
// hidden strengths and blind spots, a chart and its table, and a CSV. For a
// rater's own ratings of someone else, what they are instead (FeedbackBanner).
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { othersCsv } from '../../domain/feedback/othersCsv.ts';
import { othersSummary } from '../../domain/feedback/othersView.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { downloadText, fileNameFor } from '../../ui/download.ts';
import { FeedbackBanner } from '../../ui/FeedbackBanner.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { OthersChart } from './OthersChart.tsx';
import { OthersList } from './OthersLists.tsx';
import { OthersNotes } from './OthersNotes.tsx';
import { OthersTable } from './OthersTable.tsx';
import { RequestLinks } from './RequestLinks.tsx';
import type { Others } from './useOthersView.ts';
import './others.css';
import { audienceOf } from '../../domain/framework/audience.ts';

interface Props {
  a: Assessment;
  fw: Framework;
  min: number;
  max: number;
  textOf(itemId: string): string;
  titleOf(sectionId: string): string;
  /** The requests and the others' view (`useOthersView`). */
  others: Others;
}

/** "Ask others for feedback" (not on a rater's ratings of someone else). */
export function AskLink({ a, fw }: { a: Assessment; fw: Framework }) {
  const { t } = useTranslation('feedback');
  if (a.feedback) return null;
  return (
    <a className="button secondary" href={hrefFor.feedbackNew(a.id)}>
      {t(audienceOf(fw) === 'team' ? 'ask.actionTeam' : 'ask.action')}
    </a>
  );
}

export function OthersSection({ a, fw, min, max, textOf, titleOf, others }: Props) {
  const { t, i18n } = useTranslation('feedback');
  const { t: tr } = useTranslation('results');
  const { requests, view } = others;
  if (a.feedback) return <FeedbackBanner assessmentId={a.id} fw={fw} />;
  if (!requests.length) return null;
  const team = audienceOf(fw) === 'team';
  const selfLabel = t(team ? 'others.selfTeam' : 'others.self');
  const number = new Map(view?.statements.map((s, i) => [s.itemId, `${i + 1}`]) ?? []);
  // The chart and the tables show the statements with a level on either side; the CSV has them all.
  const rows = view?.statements.filter((s) => s.self !== null || s.others) ?? [];
  const shown = view?.statements.some((s) => s.others) ?? false;
  const statements = (count: number) => t('others.statements', { count });
  // The raters shown, counted as the summary sentence counts them (othersSummary).
  const summary = othersSummary(view);
  const csv = () => {
    if (!view) return;
    const header = [
      t('others.section'),
      'id',
      t('others.statement'),
      t('others.csvSelf'),
      t('others.othersMedian'),
      `${t('others.range')} min`,
      `${t('others.range')} max`,
      t('others.count'),
      t('others.othersGoal'),
      t('others.csvNamed'),
    ] as const;
    downloadText(
      fileNameFor(`${a.title}-others`, 'csv'),
      othersCsv(view, textOf, i18n.language, { header: [...header] }),
      'text/csv;charset=utf-8',
    );
  };
  return (
    <section className="report-section others" aria-labelledby="others-heading">
      <h2 id="others-heading">{t(team ? 'others.headingTeam' : 'others.heading')}</h2>
      <RequestLinks requests={requests} />
      {view && (
        <p className="others-summary">
          {summary?.anonymousHidden
            ? tr('othersCount.shownOf', { count: summary.raters, total: view.raters })
            : t('others.raters', { count: view.raters })}{' '}
          {shown &&
            t(team ? 'others.summaryTeam' : 'others.summary', {
              strengths: statements(view.hiddenStrengths.length),
              blindSpots: statements(view.blindSpots.length),
            })}
        </p>
      )}
      {view && view.anonymous > 0 && !view.anonymousShown && (
        <p className="notice" role="note">
          {t('others.hidden', { count: view.anonymous, min: view.anonymousFrom })}
        </p>
      )}
      {!view ? (
        <p>{t('others.none')}</p>
      ) : (
        shown && (
          <>
            <div className="others-lists">
              <OthersList
                heading={t('others.strengths')}
                intro={t(team ? 'others.strengthsIntroTeam' : 'others.strengthsIntro')}
                rows={view.hiddenStrengths}
                kind="higher"
                textOf={textOf}
                selfLabel={selfLabel}
              />
              <OthersList
                heading={t('others.blindSpots')}
                intro={t(team ? 'others.blindSpotsIntroTeam' : 'others.blindSpotsIntro')}
                rows={view.blindSpots}
                kind="lower"
                textOf={textOf}
                selfLabel={selfLabel}
              />
            </div>
            <figure className="chart-figure" aria-labelledby="others-chart">
              <figcaption id="others-chart">
                <strong>{t('others.chart')}</strong>
                <span className="muted">
                  {' '}
                  {t('others.chartNote')} {tr('othersChart.key', { table: t('others.tableStatements') })}
                </span>
              </figcaption>
              <div aria-hidden="true" className="chart">
                <OthersChart
                  rows={rows}
                  labelOf={(s) => number.get(s.itemId) ?? ''}
                  textOf={textOf}
                  min={min}
                  max={max}
                />
              </div>
            </figure>
            <OthersTable
              view={view}
              rows={rows}
              textOf={textOf}
              titleOf={titleOf}
              selfLabel={selfLabel}
              numberOf={number}
            />
            <OthersNotes rows={rows} textOf={textOf} numberOf={number} />
            <p className="no-print">
              <button type="button" onClick={csv}>
                {t('others.csv')}
              </button>
            </p>
          </>
        )
      )}
    </section>
  );
}
