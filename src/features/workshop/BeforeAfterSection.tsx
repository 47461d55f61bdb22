import { useTranslation } from 'react-i18next';
import type { Framework } from '../../domain/framework/schema.ts';
import { hrefFor } from '../../ui/routes.ts';
import { BeforeAfter, type Run } from './picture/BeforeAfter.tsx';
import { useExercise } from './useExercise.ts';

/** An exercise run again: the earlier run's group picture beside this one's (W2's before/after). */
export function BeforeAfterSection({
  previousId,
  after,
  fw,
}: {
  previousId: string;
  after: Run;
  fw: Framework;
}) {
  const { t } = useTranslation('workshop');
  const before = useExercise(previousId);
  if (!before.exercise)
    return (
      <section aria-labelledby="workshop-before-after">
        <h2 id="workshop-before-after">{t('picture.beforeAfter')}</h2>
        <p>{t('picture.previousGone')}</p>
      </section>
    );
  return (
    <>
      <p>
        <a href={hrefFor.workshop(before.exercise.id)}>
          {t('picture.previous', { title: before.exercise.title })}
        </a>
      </p>
      {before.layout && (
        <BeforeAfter
          fw={fw}
          before={{ exercise: before.exercise, layout: before.layout, results: before.results }}
          after={after}
        />
      )}
    </>
  );
}
