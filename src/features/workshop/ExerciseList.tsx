import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { Exercise } from '../../domain/workshop/exercise.ts';
import { useUserData } from '../../store/appStores.ts';
import { useCatalog } from '../../store/frameworks.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor } from '../../ui/routes.ts';
import { DeleteExerciseDialog } from './DeleteExerciseDialog.tsx';

/** The trainer's exercises, newest first: title, framework, date, participants; delete (with undo on the page). */
export function ExerciseList({ onDialogClosed }: { onDialogClosed(): void }) {
  const { t, i18n } = useTranslation(['workshop', 'errors']);
  const exercises = useUserData((s) => s.exercises);
  const results = useUserData((s) => s.workshopResults);
  const catalog = useCatalog();
  const [toDelete, setToDelete] = useState<Exercise | null>(null);
  const list = useMemo(() => Object.values(exercises).sort((a, b) => b.createdAt - a.createdAt), [exercises]);
  const counts = useMemo(() => {
    const n = new Map<string, number>();
    for (const r of Object.values(results)) n.set(r.exerciseId, (n.get(r.exerciseId) ?? 0) + 1);
    return n;
  }, [results]);
  const fwTitle = (id: string) => {
    const s = catalog.find((e) => e.summary.id === id)?.summary;
    return s ? localize(s.title, i18n.language, s.sourceLanguage).text : id;
  };
  if (!list.length) return <p>{t('list.empty')}</p>;
  return (
    <>
      <ul className="exercise-list">
        {list.map((e) => (
          <li key={e.id} className="exercise-row">
            <p className="exercise-title">
              <a href={hrefFor.workshop(e.id)}>{e.title}</a>
            </p>
            <p className="muted">
              {fwTitle(e.frameworkId)} ·{' '}
              {t('list.created', {
                date: formatDate(
                  e.createdAt,
                  i18n.language,
                  { dateStyle: 'medium' },
                  t('errors:unknownDate'),
                ),
              })}{' '}
              · {t('list.participants', { count: counts.get(e.id) ?? 0 })}
            </p>
            <p className="row-actions">
              <button
                type="button"
                aria-label={t('list.deleteNamed', { title: e.title })}
                onClick={() => setToDelete(e)}
              >
                {t('list.delete')}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <DeleteExerciseDialog
        exercise={toDelete}
        results={toDelete ? (counts.get(toDelete.id) ?? 0) : 0}
        onClose={() => {
          setToDelete(null);
          onDialogClosed();
        }}
      />
    </>
  );
}
