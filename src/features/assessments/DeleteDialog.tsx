import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { userDataStore } from '../../store/appStores.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Asks before an assessment is deleted. */
export function DeleteDialog({ assessment, onClose }: { assessment: Assessment | null; onClose(): void }) {
  const { t } = useTranslation('assessments');
  return (
    <ConfirmDialog
      open={assessment !== null}
      heading={t('confirmHeading')}
      text={assessment ? t('confirmText', { title: assessment.title }) : ''}
      confirmLabel={t('confirm')}
      onConfirm={() => {
        if (assessment) userDataStore.getState().remove(assessment.id);
      }}
      onClose={onClose}
    />
  );
}
