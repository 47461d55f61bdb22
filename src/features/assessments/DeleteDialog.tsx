import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { assessmentsStore } from '../../store/appStores.ts';

/** A native modal dialog asking to confirm a deletion. */
export function DeleteDialog({ assessment, onClose }: { assessment: Assessment | null; onClose(): void }) {
  const { t } = useTranslation('assessments');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (assessment && d && !d.open) d.showModal();
    if (!assessment && d?.open) d.close();
  }, [assessment]);
  return (
    <dialog ref={dialog} aria-labelledby="delete-heading" onClose={onClose} className="dialog">
      <h2 id="delete-heading">{t('confirmHeading')}</h2>
      <p>{assessment && t('confirmText', { title: assessment.title })}</p>
      <form method="dialog" className="dialog-actions">
        <button type="submit">{t('cancel')}</button>
        <button
          type="submit"
          className="danger"
          onClick={() => {
            if (assessment) assessmentsStore.getState().remove(assessment.id);
          }}
        >
          {t('confirm')}
        </button>
      </form>
    </dialog>
  );
}
