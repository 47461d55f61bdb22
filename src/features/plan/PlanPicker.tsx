import { useTranslation } from 'react-i18next';
import { withPicked } from '../../domain/plan/plan.ts';
import { MAX_PLAN_ITEMS, type Plan } from '../../domain/plan/planTypes.ts';
import type { StatementResult } from '../../domain/results/gaps.ts';

interface Props {
  plan: Plan;
  suggested: readonly StatementResult[];
  audience: string;
  textOf(itemId: string): string;
  levelsOf(itemId: string): string;
  change(update: (plan: Plan) => Plan): void;
}

/** The suggested development areas, largest gap first, as checkboxes: at most MAX_PLAN_ITEMS picked. */
export function PlanPicker({ plan, suggested, audience, textOf, levelsOf, change }: Props) {
  const { t } = useTranslation('plan');
  const picked = new Set(plan.items.map((i) => i.itemId));
  const ids = [...suggested.map((r) => r.itemId)];
  for (const id of picked) if (!ids.includes(id)) ids.push(id);
  const full = picked.size >= MAX_PLAN_ITEMS;
  if (ids.length === 0) return <p className="notice">{t('pick.none', { context: audience })}</p>;
  return (
    <fieldset className="plan-picker">
      <legend>{t('pick.legend', { context: audience })}</legend>
      <p className="hint" id="plan-pick-hint">
        {t('pick.hint', { max: MAX_PLAN_ITEMS })}
      </p>
      <ul className="choice-list">
        {ids.map((id) => {
          const checked = picked.has(id);
          return (
            <li key={id}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  aria-describedby="plan-pick-hint"
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    change((p) => withPicked(p, id, on, Date.now()));
                  }}
                />
                <span>
                  {textOf(id)} <span className="muted nowrap">({levelsOf(id)})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="count" role="status">
        {full
          ? t('pick.full', { max: MAX_PLAN_ITEMS })
          : t('pick.count', { count: picked.size, max: MAX_PLAN_ITEMS })}
      </p>
    </fieldset>
  );
}
