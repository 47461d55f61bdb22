import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportAssessments, serializeExport } from '../../domain/assessment/exchange.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import { assessmentsStore, useAssessments } from '../../store/appStores.ts';
import { downloadText } from '../../ui/download.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFrameworks } from '../../ui/useFrameworks.ts';
import { AssessmentRow } from './AssessmentRow.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import './assessments.css';

export default function AssessmentListPage() {
  const { t } = useTranslation('assessments');
  const assessments = useAssessments((s) => s.assessments);
  const recentlyDeleted = useAssessments((s) => s.recentlyDeleted);
  const undo = useAssessments((s) => s.undoRemove);
  const list = Object.values(assessments).sort((a, b) => b.createdAt - a.createdAt);
  const [focusId, setFocusId] = useState<string | null>(null);
  // The undo is offered on this page only.
  useEffect(() => () => assessmentsStore.getState().forgetRemoved(), []);
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
            {t('deleted', { title: recentlyDeleted.title })}{' '}
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
          <p>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  'assessments.json',
                  serializeExport(exportAssessments(list, __APP_VERSION__, Date.now())),
                  'application/json',
                )
              }
            >
              {t('exportAll')}
            </button>
          </p>
        )}
      </div>
      {list.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="count">{t('count', { count: list.length })}</p>
          <ul className="assessment-list">
            {list.map((a) => (
              <AssessmentRow
                key={a.id}
                assessment={a}
                fw={frameworks.get(a.frameworkId)}
                previous={a.previousId ? assessments[a.previousId] : undefined}
                onDelete={setToDelete}
                focus={a.id === focusId}
              />
            ))}
          </ul>
        </>
      )}
      <DeleteDialog
        assessment={toDelete}
        onClose={() => {
          setToDelete(null);
          heading.current?.focus();
        }}
      />
    </>
  );
}
