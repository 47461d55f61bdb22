import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportAssessments, serializeExport } from '../../domain/assessment/assessmentFile.ts';
import { distinctLabels } from '../../domain/assessment/distinctLabels.ts';
import { type Assessment, ratersOnly } from '../../domain/assessment/model.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { downloadText, fileNameFor } from '../../ui/download.ts';
import { FeedbackInFileNote } from '../../ui/FeedbackInFileNote.tsx';
import { formatDate } from '../../ui/formatDate.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFrameworks } from '../../ui/useFrameworks.ts';
import { AssessmentRow } from './AssessmentRow.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { RemoveEverything } from './RemoveEverything.tsx';
import './assessments.css';

/** Assessments shown at first, and how many more each "Show more" adds: the page stays quick with thousands. */
const PAGE = 50;

/** A row re-renders only when its own assessment, framework or focus changes, not when more are shown. */
const Row = memo(AssessmentRow);

export default function AssessmentListPage() {
  const { t, i18n } = useTranslation(['assessments', 'errors']);
  const assessments = useUserData((s) => s.assessments);
  const recentlyDeleted = useUserData((s) => s.recentlyDeleted);
  const undo = useUserData((s) => s.undoRemove);
  const list = useMemo(
    () =>
      Object.values(assessments)
        // A rater's feedback on someone else shows only once they keep a copy.
        .filter((a) => !ratersOnly(a))
        .sort((a, b) => b.createdAt - a.createdAt),
    [assessments],
  );
  // Entries with the same title are told apart by when they were started (and a number); the
  // one just deleted keeps its label, so that "… was deleted" names the one that went.
  const labels = useMemo(() => {
    const named = recentlyDeleted ? [...list, recentlyDeleted] : list;
    const when = (ms: number) =>
      formatDate(ms, i18n.language, { dateStyle: 'medium', timeStyle: 'short' }, t('errors:unknownDate'));
    const out = new Map<string, string>();
    for (const [id, d] of distinctLabels(named, (a) => a.createdAt, when)) {
      if (d.when === null) continue;
      out.set(
        id,
        d.number === null
          ? t('titleAt', { title: d.title, when: d.when })
          : t('titleAtNumber', { title: d.title, when: d.when, number: d.number }),
      );
    }
    return out;
  }, [list, recentlyDeleted, i18n.language, t]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  // The entry to focus (brought back by an undo, or the first one "Show more" added) is always shown.
  const shownCount = Math.max(limit, focusId ? list.findIndex((a) => a.id === focusId) + 1 : 0);
  const shown = list.slice(0, shownCount);
  const hidden = list.length - shown.length;
  const showMore = () => {
    setLimit(shown.length + PAGE);
    setFocusId(list[shown.length]?.id ?? null);
  };
  // The undo is offered on this page only.
  useEffect(() => () => userDataStore.getState().forgetRemoved(), []);
  const frameworks = useFrameworks(list.map((a) => a.frameworkId));
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('heading'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <div role="status" className="toast-area">
        {recentlyDeleted && (
          <p className="toast">
            {t('deleted', { title: labels.get(recentlyDeleted.id) ?? recentlyDeleted.title })}{' '}
            <button
              type="button"
              onClick={() => {
                setFocusId(recentlyDeleted.id);
                undo();
              }}
            >
              {t('undo')}
            </button>
          </p>
        )}
      </div>
      <div className="list-tools">
        <ImportPanel />
        {list.length > 0 && (
          <div className="export-all">
            <button
              type="button"
              aria-describedby="export-all-note"
              onClick={() =>
                downloadText(
                  fileNameFor(t('exportAllFile', { date: new Date().toISOString().slice(0, 10) }), 'json'),
                  // With the feedback others gave on them, so that it moves to another device too.
                  serializeExport(
                    exportAssessments(list, __APP_VERSION__, Date.now(), userDataStore.getState()),
                  ),
                  'application/json',
                )
              }
            >
              {t('exportAll')}
            </button>
            {/* The raters' own answers go with it: said, since the app shows anonymous ones only as a group. */}
            <FeedbackInFileNote assessments={list} id="export-all-note" />
          </div>
        )}
      </div>
      {list.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="count">
            {hidden > 0
              ? t('countShown', { count: list.length, shown: shown.length })
              : t('count', { count: list.length })}
          </p>
          <ul className="assessment-list">
            {shown.map((a) => (
              <Row
                key={a.id}
                assessment={a}
                label={labels.get(a.id) ?? a.title}
                fw={frameworks.get(a.frameworkId)}
                previous={a.previousId ? assessments[a.previousId] : undefined}
                previousLabel={
                  (a.previousId && labels.get(a.previousId)) || assessments[a.previousId ?? '']?.title || ''
                }
                onDelete={setToDelete}
                focus={a.id === focusId}
              />
            ))}
          </ul>
          {hidden > 0 && (
            <p>
              <button type="button" onClick={showMore}>
                {t('showMore', { count: hidden })}
              </button>
            </p>
          )}
        </>
      )}
      <RemoveEverything />
      <DeleteDialog
        assessment={toDelete}
        fw={toDelete ? frameworks.get(toDelete.frameworkId) : undefined}
        labelOf={(a) => labels.get(a.id) ?? a.title}
        onClose={() => {
          setToDelete(null);
          heading.current?.focus();
        }}
      />
    </>
  );
}
