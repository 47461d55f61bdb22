// The development plan's part in the results: the plan made from them (in the
// report, so it prints with it), and, for a follow-up ("rate again"), how far
// each statement of the earlier plan moved.
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { own } from '../../domain/assessment/own.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { planMovement } from '../../domain/plan/carry.ts';
import { useUserData } from '../../store/appStores.ts';
import { PlanSummary } from '../../ui/PlanSummary.tsx';
import { useRating, useSignedNumber } from './format.ts';

interface Props {
  a: Assessment;
  fw: Framework;
  textOf(itemId: string): string;
}

export function PlanPart({ a, fw, textOf }: Props) {
  const { t } = useTranslation('plan');
  const audience = audienceOf(fw);
  const rating = useRating();
  const signed = useSignedNumber(true);
  const earlier = useUserData((s) => (a.previousId ? own(s.assessments, a.previousId) : undefined));
  const moved = planMovement(a, earlier);
  const levelsOf = (id: string) => {
    const answer = a.answers[id];
    return t('pick.levels', {
      current: rating(answer?.current ?? null),
      target: rating(answer?.target ?? null),
    });
  };
  const reached = (value: boolean | null) =>
    value === null ? t('moved.notRated') : value ? t('moved.reached') : t('moved.notReached');
  return (
    <>
      {moved.length > 0 && earlier && (
        <section className="report-section" aria-labelledby="plan-moved-heading">
          <h2 id="plan-moved-heading">{t('moved.heading', { context: audience })}</h2>
          <p>{t('moved.intro', { title: earlier.title })}</p>
          <div className="table-scroll">
            <table className="change-table plan-moved statement-table">
              <thead>
                <tr>
                  <th scope="col">{t('moved.statement')}</th>
                  <th scope="col">{t('moved.earlier')}</th>
                  <th scope="col">{t('moved.now')}</th>
                  <th scope="col">{t('moved.goal')}</th>
                  <th scope="col">{t('moved.change')}</th>
                  <th scope="col">{t('moved.reached')}</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((m) => (
                  <tr key={m.item.itemId}>
                    <th scope="row">{textOf(m.item.itemId)}</th>
                    <td data-label={t('moved.earlier')}>{rating(m.earlier)}</td>
                    <td data-label={t('moved.now')}>{rating(m.now)}</td>
                    <td data-label={t('moved.goal')}>{rating(m.goal)}</td>
                    <td data-label={t('moved.change')}>{signed(m.change)}</td>
                    <td>{reached(m.reached)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {a.plan && a.plan.items.length > 0 && (
        <section className="report-section" aria-labelledby="plan-heading">
          <h2 id="plan-heading">{t('summary.heading', { context: audience })}</h2>
          <PlanSummary plan={a.plan} audience={audience} textOf={textOf} levelsOf={levelsOf} />
        </section>
      )}
    </>
  );
}
