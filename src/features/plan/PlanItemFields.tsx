import { useTranslation } from 'react-i18next';
import { type PlanItemPatch, withItem } from '../../domain/plan/plan.ts';
import type { Plan, PlanItem } from '../../domain/plan/planTypes.ts';

interface Props {
  item: PlanItem;
  index: number;
  audience: string;
  text: string;
  levels: string;
  change(update: (plan: Plan) => Plan): void;
}

/** One planned statement: what will be done, the support, by when, and how it will show. */
export function PlanItemFields({ item, index, audience, text, levels, change }: Props) {
  const { t } = useTranslation('plan');
  const id = (field: string) => `plan-${index}-${field}`;
  const set = (patch: PlanItemPatch) => change((p) => withItem(p, item.itemId, patch, Date.now()));
  const area = (field: 'action' | 'support' | 'evidence') => (
    <div className="field">
      <label htmlFor={id(field)}>{t(`fields.${field}`, { context: audience })}</label>
      <textarea
        id={id(field)}
        rows={2}
        maxLength={2000}
        value={item[field]}
        onChange={(e) => set({ [field]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <section className="plan-item card" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>
        {index + 1}. {text} <span className="muted">({levels})</span>
      </h2>
      {area('action')}
      {area('support')}
      <div className="field">
        <label htmlFor={id('due')}>{t('fields.due')}</label>
        <input
          id={id('due')}
          type="date"
          value={item.due ?? ''}
          onChange={(e) => set({ due: e.currentTarget.value || null })}
        />
      </div>
      {area('evidence')}
    </section>
  );
}
