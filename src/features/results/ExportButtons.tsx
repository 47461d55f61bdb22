import { useTranslation } from 'react-i18next';
import { exportAssessments, serializeExport } from '../../domain/assessment/assessmentFile.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import { feedbackForAssessment } from '../../domain/feedback/forAssessment.ts';
import { othersColumns } from '../../domain/feedback/othersCsv.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { assessmentCsv, type CsvLabels } from '../../domain/results/csv.ts';
import { userDataStore } from '../../store/appStores.ts';
import { downloadText, fileNameFor } from '../../ui/download.ts';
import { FeedbackInFileNote } from '../../ui/FeedbackInFileNote.tsx';
import { useKindLabel } from '../../ui/kindLabel.ts';

/** Print, and save this assessment as JSON or CSV. */
export function ExportButtons({ a, fw }: { a: Assessment; fw: Framework }) {
  const { t, i18n } = useTranslation(['results', 'plan', 'feedback']);
  /** The feedback collected for this assessment, as the CSV's others' columns (none without feedback). */
  const others = (): CsvLabels['others'] => {
    const s = userDataStore.getState();
    const { view } = feedbackForAssessment(fw, a, s.feedbackRequests, s.feedbackResults);
    if (!view) return undefined;
    return {
      header: [
        t('feedback:others.othersMedian'),
        t('feedback:others.range'),
        t('feedback:others.count'),
        t('feedback:others.othersGoal'),
      ],
      columns: othersColumns(view, i18n.language),
    };
  };
  const kindLabel = useKindLabel();
  const csv = () => {
    const labels: CsvLabels = {
      header: [
        t('csv.framework'),
        t('csv.section'),
        t('csv.group'),
        t('csv.statementId'),
        t('csv.statement'),
        t('csv.current'),
        t('csv.target'),
        t('csv.gap'),
        t('csv.notApplicable'),
        t('csv.note'),
      ],
      yes: t('csv.yes'),
      no: t('csv.no'),
      kinds: {
        knowledge: kindLabel('knowledge'),
        skill: kindLabel('skill'),
        criterion: kindLabel('criterion'),
      },
      join: (group, text) => t('statementInGroup', { group, text }),
      plan: [
        t('plan:fields.action', { context: audienceOf(fw) }),
        t('plan:fields.support', { context: audienceOf(fw) }),
        t('plan:fields.due'),
        t('plan:fields.evidence', { context: audienceOf(fw) }),
      ],
    };
    const withOthers = others();
    downloadText(
      fileNameFor(a.title, 'csv'),
      assessmentCsv(fw, a, i18n.language, withOthers ? { ...labels, others: withOthers } : labels),
      'text/csv;charset=utf-8',
    );
  };
  const json = () =>
    downloadText(
      fileNameFor(a.title, 'json'),
      // The feedback collected for it travels with it.
      serializeExport(exportAssessments([a], __APP_VERSION__, Date.now(), userDataStore.getState())),
      'application/json',
    );
  return (
    <>
      <p className="actions toolbar">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" onClick={json} aria-describedby="export-json-note">
          {t('exportJson')}
        </button>
        <button type="button" onClick={csv}>
          {t('exportCsv')}
        </button>
      </p>
      <FeedbackInFileNote assessments={[a]} id="export-json-note" />
    </>
  );
}
