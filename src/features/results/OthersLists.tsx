import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../domain/feedback/othersView.ts';
import { useNumber, useRating } from './format.ts';

interface Props {
  heading: string;
  intro: string;
  rows: readonly StatementView[];
  kind: 'higher' | 'lower';
  textOf(itemId: string): string;
  selfLabel: string;
}

/** Hidden strengths or blind spots: each statement with the own level, the others' median, by how much and how many. */
export function OthersList({ heading, intro, rows, kind, textOf, selfLabel }: Props) {
  const { t } = useTranslation('feedback');
  const n = useNumber();
  const rating = useRating();
  return (
    <section className="others-list" aria-label={heading}>
      <h3>{heading}</h3>
      <p className="muted">{intro}</p>
      {rows.length === 0 ? (
        <p>{t('others.noneListed')}</p>
      ) : (
        <ol>
          {rows.map((s) => (
            <li key={s.itemId}>
              <span className="others-text">{textOf(s.itemId)}</span>{' '}
              <span className="others-figures">
                {selfLabel} {rating(s.self)} · {t('others.othersMedian')} {n(s.others?.median ?? null)} (
                {t(`others.${kind}`, {
                  by: n(Math.abs(s.difference ?? 0)),
                  count: kind === 'higher' ? s.higher : s.lower,
                  n: s.others?.n ?? 0,
                })}
                )
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
