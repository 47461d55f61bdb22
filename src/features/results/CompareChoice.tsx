import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctLabels } from '../../domain/assessment/distinctLabels.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';

interface Props {
  a: Assessment;
  candidates: Assessment[];
  compare: Assessment | undefined;
}

/** "Compare with": each earlier assessment by its title, the person or team assessed, and its date and time. */
export function CompareChoice({ a, candidates, compare }: Props) {
  const { t, i18n } = useTranslation(['results', 'errors']);
  const id = useId();
  if (!candidates.length) return null;
  const when = (o: Pick<Assessment, 'completedAt' | 'updatedAt'>) =>
    formatDate(
      o.completedAt ?? o.updatedAt,
      i18n.language,
      { dateStyle: 'medium', timeStyle: 'short' },
      t('errors:unknownDate'),
    );
  const moment = (o: Assessment) => o.completedAt ?? o.updatedAt;
  // Two with the same title and the same date and time are told apart by a number.
  const distinct = distinctLabels(candidates, moment, (ms) => when({ updatedAt: ms, completedAt: null }));
  const label = (o: Assessment) => {
    const number = distinct.get(o.id)?.number ?? null;
    const values = { title: o.title, date: when(o) };
    if (number === null)
      return o.subjectName
        ? t('compareOptionNamed', { ...values, name: o.subjectName })
        : t('compareOption', values);
    return o.subjectName
      ? t('compareOptionNamedNumber', { ...values, name: o.subjectName, number })
      : t('compareOptionNumber', { ...values, number });
  };
  return (
    <span className="compare-choice">
      <label htmlFor={id}>{t('compareWith')}</label>
      <select
        id={id}
        value={compare?.id ?? ''}
        onChange={(e) => navigate(hrefFor.results(a.id, e.target.value || null))}
      >
        <option value="">{t('compareNone')}</option>
        {candidates.map((o) => (
          <option key={o.id} value={o.id}>
            {label(o)}
          </option>
        ))}
      </select>
    </span>
  );
}
