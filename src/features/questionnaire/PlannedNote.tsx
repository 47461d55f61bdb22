import { useTranslation } from 'react-i18next';
import type { Audience } from '../../domain/framework/audience.ts';
import type { Carried } from '../../domain/plan/carry.ts';
import { formatDay } from '../../ui/formatDay.ts';

/** Under a planned statement when rating again: marked as planned, the earlier level, the goal and the plan. */
export function PlannedNote({ carried, audience }: { carried: Carried; audience: Audience }) {
  const { t, i18n } = useTranslation(['plan', 'errors']);
  const level = (v: number | null) => (v === null ? '–' : new Intl.NumberFormat(i18n.language).format(v));
  const { item } = carried;
  const rows = [
    [t('fields.action', { context: audience }), item.action],
    [t('fields.support', { context: audience }), item.support],
    [t('fields.due'), item.due ? formatDay(item.due, i18n.language, t('errors:unknownDate')) : ''],
    [t('fields.evidence', { context: audience }), item.evidence],
  ].filter(([, value]) => value);
  return (
    <details className="planned">
      <summary>
        <span className="badge">{t('carried.badge', { context: audience })}</span>{' '}
        {t('carried.summary', {
          context: audience,
          earlier: level(carried.earlier),
          goal: level(carried.goal),
        })}
      </summary>
      {rows.length > 0 && (
        <dl>
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
