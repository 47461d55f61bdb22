import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { itemsById } from '../../domain/framework/statements.ts';
import { EMPTY_PLAN, withReviewDate } from '../../domain/plan/plan.ts';
import { MAX_PLAN_ITEMS } from '../../domain/plan/planTypes.ts';
import { missingStatements, suggestAreas } from '../../domain/plan/suggest.ts';
import { assessmentResults } from '../../domain/results/gaps.ts';
import { userDataStore } from '../../store/appStores.ts';
import { changePlan } from '../../store/planActions.ts';
import { AssessmentGate } from '../../ui/AssessmentGate.tsx';
import { PlanSummary } from '../../ui/PlanSummary.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CalendarButton } from './CalendarButton.tsx';
import { PlanItemFields } from './PlanItemFields.tsx';
import { PlanPicker } from './PlanPicker.tsx';
import { RateAgainPanel } from './RateAgainPanel.tsx';
import { useOthersGap } from './useOthersGap.ts';
import './plan.css';

function Plan({ a, fw }: { a: Assessment; fw: Framework }) {
  const { t, i18n } = useTranslation(['plan', 'common']);
  const ui = i18n.language;
  const audience = audienceOf(fw);
  const plan = a.plan ?? EMPTY_PLAN;
  // Not on every keystroke in the plan: the results follow the ratings only.
  const { sections, level, answers } = a;
  const results = useMemo(
    () => assessmentResults(fw, { sections, level, answers }),
    [fw, sections, level, answers],
  );
  const othersGap = useOthersGap(a, fw);
  const suggested = useMemo(() => suggestAreas(results.statements, othersGap), [results, othersGap]);
  const items = useMemo(() => itemsById(fw), [fw]);
  const missing = missingStatements(plan, fw);
  const textOf = (id: string) => {
    const item = items.get(id);
    return item ? localize(item.text, ui, fw.sourceLanguage).text : id;
  };
  const byId = new Map(results.statements.map((r) => [r.itemId, r]));
  const levelsOf = (id: string) => {
    const r = byId.get(id);
    return t('pick.levels', { current: r?.current ?? '–', target: r?.target ?? '–' });
  };
  const heading = t('heading', { context: audience, title: a.title });
  useDocumentTitle(heading);
  const change = (update: Parameters<typeof changePlan>[2]) => changePlan(userDataStore, a.id, update);
  const planned = plan.items.filter((i) => items.has(i.itemId));
  return (
    <article className="plan-page">
      <h1>{heading}</h1>
      <div className="plan-form">
        <p className="lead">{t('intro', { context: audience, max: MAX_PLAN_ITEMS })}</p>
        {missing.length > 0 && (
          <div className="notice" role="alert">
            <p>{t('missing', { count: missing.length, ids: missing.join(', ') })}</p>
            <button
              type="button"
              onClick={() =>
                change((p) => ({
                  ...p,
                  items: p.items.filter((i) => items.has(i.itemId)),
                  updatedAt: Date.now(),
                }))
              }
            >
              {t('removeMissing')}
            </button>
          </div>
        )}
        <PlanPicker
          plan={plan}
          suggested={suggested}
          audience={audience}
          textOf={textOf}
          levelsOf={levelsOf}
          change={change}
        />
        {planned.map((item, index) => (
          <PlanItemFields
            key={item.itemId}
            item={item}
            index={index}
            audience={audience}
            text={textOf(item.itemId)}
            levels={levelsOf(item.itemId)}
            change={change}
          />
        ))}
        <div className="plan-review-date field">
          <label htmlFor="plan-review">{t('review.label')}</label>
          <p className="hint" id="plan-review-hint">
            {t('review.hint', { context: audience })}
          </p>
          <input
            id="plan-review"
            type="date"
            aria-describedby="plan-review-hint"
            value={plan.reviewDate ?? ''}
            onChange={(e) => change((p) => withReviewDate(p, e.currentTarget.value || null, Date.now()))}
          />
        </div>
        <p className="actions toolbar">
          <CalendarButton a={a} fw={fw} plan={plan} audience={audience} />
          <button type="button" onClick={() => window.print()} disabled={planned.length === 0}>
            {t('print')}
          </button>
          <a href={hrefFor.results(a.id)}>{t('back')}</a>
        </p>
      </div>
      <section className="plan-printed">
        <PlanSummary
          plan={{ ...plan, items: planned }}
          audience={audience}
          textOf={textOf}
          levelsOf={levelsOf}
          itemHeading="h2"
        />
      </section>
    </article>
  );
}

export default function PlanPage({ id, again }: { id: string; again: boolean }) {
  return (
    <AssessmentGate id={id}>
      {(a, fw) => (again ? <RateAgainPanel a={a} fw={fw} /> : <Plan a={a} fw={fw} />)}
    </AssessmentGate>
  );
}
