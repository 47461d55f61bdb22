// A development plan as it reads on paper: each statement with what will be
// done, the support, the date and how success shows, and the review date.
// Shown in the results' report and printed on its own from the plan page.
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/plan/planTypes.ts';
import { formatDay } from './formatDay.ts';
import './planSummary.css';

interface Props {
  plan: Plan;
  /** 'team' for a framework whose subject is an organisation (i18next context). */
  audience: string;
  textOf(itemId: string): string;
  /** The statement's level now and its goal, as shown beside it. */
  levelsOf(itemId: string): string;
  /** The heading of each statement: one level below the heading the plan sits under. */
  itemHeading?: 'h2' | 'h3';
}

export function PlanSummary({ plan, audience, textOf, levelsOf, itemHeading: Heading = 'h3' }: Props) {
  const { t, i18n } = useTranslation(['plan', 'errors']);
  const day = (d: string | null) => (d ? formatDay(d, i18n.language, t('errors:unknownDate')) : '–');
  const field = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '–'}</dd>
    </div>
  );
  return (
    <div className="plan-summary">
      <p className="plan-review">
        <strong>{t('review.label')}:</strong> {plan.reviewDate ? day(plan.reviewDate) : t('summary.noReview')}
      </p>
      <ol className="plan-items">
        {plan.items.map((item) => (
          <li key={item.itemId}>
            <Heading>
              {textOf(item.itemId)} <span className="muted">({levelsOf(item.itemId)})</span>
            </Heading>
            <dl>
              {field(t('fields.action', { context: audience }), item.action)}
              {field(t('fields.support', { context: audience }), item.support)}
              {field(t('fields.due'), item.due ? day(item.due) : '')}
              {field(t('fields.evidence', { context: audience }), item.evidence)}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
