import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../domain/workshop/exercise.ts';
import { userDataStore } from '../../store/appStores.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Asks before an exercise and its results are deleted (the Workshops page then offers undo). */
export function DeleteExerciseDialog({
  exercise,
  results,
  onClose,
}: {
  exercise: Exercise | null;
  results: number;
  onClose(): void;
}) {
  const { t } = useTranslation('workshop');
  return (
    <ConfirmDialog
      open={exercise !== null}
      heading={t('list.confirmHeading')}
      text={exercise ? t('list.confirmText', { title: exercise.title, count: results }) : ''}
      confirmLabel={t('list.confirm')}
      onConfirm={() => {
        if (exercise) userDataStore.getState().removeExercise(exercise.id);
      }}
      onClose={onClose}
    />
  );
}
