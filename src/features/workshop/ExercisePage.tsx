import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { BeforeAfterSection } from './BeforeAfterSection.tsx';
import { CollectPanel } from './CollectPanel.tsx';
import { HandOut } from './HandOut.tsx';
import { KeepPanel } from './KeepPanel.tsx';
import { endonym } from './languages.ts';
import { GroupPictureView } from './picture/GroupPictureView.tsx';
import { useExercise } from './useExercise.ts';
import './workshop.css';

/** `#/workshop/<id>`: hand the exercise out, collect the results, show the group picture, keep and move it. */
export default function ExercisePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['workshop', 'errors']);
  const { exercise, framework, fw, layout, codes, results } = useExercise(id);
  useDocumentTitle(exercise?.title ?? t('heading'));
  if (!exercise)
    return (
      <>
        <h1>{t('heading')}</h1>
        <p role="alert">{t('exercise.notFound')}</p>
        <p>
          <a href={hrefFor.workshops()}>{t('exercise.all')}</a>
        </p>
      </>
    );
  const ui = i18n.language;
  const language = endonym(exercise.language);
  return (
    <div className="exercise-page">
      <div className="exercise-screen">
        <p className="breadcrumb">
          <a href={hrefFor.workshops()}>{t('exercise.all')}</a>
        </p>
        <h1>{exercise.title}</h1>
        <p className="muted">
          {t('exercise.meta', {
            framework: fw ? localize(fw.title, ui, fw.sourceLanguage).text : exercise.frameworkId,
            language,
            date: formatDate(exercise.createdAt, ui, { dateStyle: 'medium' }, t('errors:unknownDate')),
          })}
        </p>
        {exercise.instructions && <p className="exercise-instructions">{exercise.instructions}</p>}
        {framework.status === 'missing' && (
          <p role="alert" className="notice error">
            {t('exercise.frameworkMissing', { id: exercise.frameworkId })}
          </p>
        )}
        {framework.status === 'failed' && (
          <p role="alert" className="notice error">
            {t('exercise.frameworkFailed')}
          </p>
        )}
      </div>
      <HandOut exercise={exercise} />
      <div className="exercise-screen">
        {layout && <CollectPanel exercise={exercise} layout={layout} />}
        {fw && layout ? (
          <>
            <p className="row-actions present-link">
              <a className="button" href={hrefFor.workshopPresent(exercise.id)}>
                {t('picture.present')}
              </a>
            </p>
            <GroupPictureView exercise={exercise} fw={fw} layout={layout} results={results} />
          </>
        ) : (
          <p>{t('picture.participants', { count: codes.length })}</p>
        )}
        {exercise.previousId && fw && layout && (
          <BeforeAfterSection
            previousId={exercise.previousId}
            after={{ exercise, layout, results }}
            fw={fw}
          />
        )}
        <KeepPanel
          exercise={exercise}
          layout={layout}
          sourceLanguage={fw?.sourceLanguage ?? null}
          codes={codes}
          results={results}
        />
      </div>
    </div>
  );
}
