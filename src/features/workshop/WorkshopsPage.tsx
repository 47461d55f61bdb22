import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExerciseLink, prefillFrom } from '../../domain/workshop/prefill.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { useCatalog } from '../../store/frameworks.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CreateExerciseForm } from './CreateExerciseForm.tsx';
import { ExerciseList } from './ExerciseList.tsx';
import { uiLanguages } from './languages.ts';
import { OpenWorkshopFile } from './OpenWorkshopFile.tsx';
import './workshop.css';

/** `#/workshops` and `#/workshop/new?…`: the trainer's exercises, creating one, opening a workshop file. */
export default function WorkshopsPage({ link }: { link: ExerciseLink | null }) {
  const { t, i18n } = useTranslation('workshop');
  useDocumentTitle(t('heading'));
  const catalog = useCatalog();
  const removed = useUserData((s) => s.recentlyRemovedExercise);
  const heading = useRef<HTMLHeadingElement>(null);
  const createHeading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per link, not on every catalog change
  const prefill = useMemo(
    () =>
      link
        ? prefillFrom(
            link,
            catalog.map((e) => e.summary),
            uiLanguages(i18n),
          )
        : null,
    [link],
  );
  // The undo is offered on this page only.
  useEffect(
    () => () => {
      userDataStore.getState().forgetRemovedExercise();
    },
    [],
  );
  useEffect(() => {
    if (link) createHeading.current?.focus();
  }, [link]);
  return (
    <div className="workshops-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <div role="status" className="toast-area">
        {removed && (
          <p className="toast">
            {t('list.deleted', { title: removed.exercise.title })}{' '}
            <button type="button" onClick={() => userDataStore.getState().undoRemoveExercise()}>
              {t('list.undo')}
            </button>
          </p>
        )}
      </div>
      <section aria-labelledby="workshop-list">
        <h2 id="workshop-list">{t('list.heading')}</h2>
        <ExerciseList onDialogClosed={() => heading.current?.focus()} />
        <OpenWorkshopFile />
      </section>
      <section aria-labelledby="workshop-create">
        <h2 id="workshop-create" ref={createHeading} tabIndex={-1}>
          {t('create.heading')}
        </h2>
        <CreateExerciseForm prefill={prefill} />
      </section>
    </div>
  );
}
