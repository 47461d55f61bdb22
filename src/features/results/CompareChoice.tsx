import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
  const when = (o: Assessment) =>
    formatDate(
      o.completedAt ?? o.updatedAt,
      i18n.language,
      { dateStyle: 'medium', timeStyle: 'short' },
      t('errors:unknownDate'),
    );
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
            {o.subjectName
              ? t('compareOptionNamed', { title: o.title, name: o.subjectName, date: when(o) })
              : t('compareOption', { title: o.title, date: when(o) })}
          </option>
        ))}
      </select>
    </span>
  );
}
