import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { PresentationView } from './picture/PresentationView.tsx';
import { useExercise } from './useExercise.ts';

/** `#/workshop/<id>/present`: the group picture for a projector; leaving goes back to the exercise. */
export default function PresentPage({ id }: { id: string }) {
  const { t } = useTranslation('workshop');
  const { exercise, framework, fw, layout, results } = useExercise(id);
  useDocumentTitle(exercise?.title ?? t('heading'));
  const back = (
    <p>
      <a href={hrefFor.workshop(id)}>{t('present.back')}</a>
    </p>
  );
  if (!exercise)
    return (
      <>
        <h1>{t('heading')}</h1>
        <p role="alert">{t('exercise.notFound')}</p>
        {back}
      </>
    );
  if (!fw || !layout)
    return (
      <>
        <h1>{exercise.title}</h1>
        {framework.status === 'loading' ? (
          <p aria-busy="true">{t('present.loading')}</p>
        ) : (
          <p role="alert">
            {framework.status === 'missing'
              ? t('exercise.frameworkMissing', { id: exercise.frameworkId })
              : t('exercise.frameworkFailed')}
          </p>
        )}
        {back}
      </>
    );
  return (
    <PresentationView
      exercise={exercise}
      fw={fw}
      layout={layout}
      results={results}
      onExit={() => navigate(hrefFor.workshop(id))}
    />
  );
}
