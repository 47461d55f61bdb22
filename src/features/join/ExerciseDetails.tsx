import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { type Exercise, layoutOf } from '../../domain/workshop/exercise.ts';
import { joinedBefore } from '../../domain/workshop/handBack.ts';
import { useUserData } from '../../store/appStores.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor } from '../../ui/routes.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';

/** What the exercise asks for, and what leaves the device. */
export function ExerciseDetails({ exercise, fw }: { exercise: Exercise; fw: Framework }) {
  const { t, i18n } = useTranslation('join');
  const ui = i18n.language;
  const layout = useMemo(() => layoutOf(fw, exercise), [fw, exercise]);
  const fwTitle = localize(fw.title, ui, fw.sourceLanguage);
  const level = exercise.level ? fw.levels?.find((l) => l.id === exercise.level) : undefined;
  return (
    <>
      {exercise.instructions && <p className="join-instructions">{exercise.instructions}</p>}
      <dl className="facts join-facts">
        <div>
          <dt>{t('framework')}</dt>
          <dd lang={fwTitle.language}>
            {fwTitle.text}{' '}
            <span className="muted nowrap">({t('version', { version: exercise.frameworkVersion })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('sections')}</dt>
          <dd>
            <ul>
              {layout.scope.map(({ section, itemIds }) => (
                <li key={section.id}>
                  <span lang={localize(section.title, ui, fw.sourceLanguage).language}>
                    {sectionTitle(section, ui, fw.sourceLanguage)}
                  </span>{' '}
                  <span className="muted nowrap">({t('statements', { count: itemIds.length })})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {level && (
          <div>
            <dt>{t('level')}</dt>
            <dd>{localize(level.label, ui, fw.sourceLanguage).text}</dd>
          </div>
        )}
        <div>
          <dt>{t('notes')}</dt>
          <dd>{exercise.notes ? t('notesYes') : t('notesNo')}</dd>
        </div>
      </dl>
      <p className="join-privacy">{exercise.notes ? t('privacyNotes') : t('privacy')}</p>
    </>
  );
}

/** An assessment already made for this exercise here: continue it rather than start a second. */
export function EarlierJoin({ exerciseId }: { exerciseId: string }) {
  const { t, i18n } = useTranslation(['join', 'errors']);
  const assessments = useUserData((s) => s.assessments);
  const earlier = joinedBefore(assessments, exerciseId)[0];
  if (!earlier) return null;
  const { rated } = progressOf(Object.keys(earlier.answers), earlier.answers);
  const date = formatDate(earlier.createdAt, i18n.language, { dateStyle: 'medium' }, t('errors:unknownDate'));
  return (
    <section className="notice join-earlier" aria-labelledby="join-earlier">
      <h2 id="join-earlier">{t('earlier.heading')}</h2>
      <p>
        {t('earlier.body', { date })} {t('earlier.rated', { count: rated })}
      </p>
      <p className="row-actions">
        <a className="button primary" href={hrefFor.assessment(earlier.id)}>
          {t('earlier.continue')}
        </a>
      </p>
    </section>
  );
}
