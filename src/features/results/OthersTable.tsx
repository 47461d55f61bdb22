import { useTranslation } from 'react-i18next';
import type { OthersView, Spread, StatementView } from '../../domain/feedback/othersView.ts';
import { useNumber, useRating } from './format.ts';

interface Props {
  view: OthersView;
  /** The statements to list. */
  rows: readonly StatementView[];
  textOf(itemId: string): string;
  titleOf(sectionId: string): string;
  selfLabel: string;
  numberOf: ReadonlyMap<string, string>;
}

/** The others' view as tables: by section, then statement by statement (the chart's data). */
export function OthersTable({ view, rows, textOf, titleOf, selfLabel, numberOf }: Props) {
  const { t } = useTranslation('feedback');
  const n = useNumber();
  const rating = useRating();
  const range = (s: Spread | null) => (s ? `${rating(s.min)}–${rating(s.max)}` : t('others.noValue'));
  return (
    <>
      <table className="others-table statement-table">
        <caption>{t('others.bySection')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('others.section')}</th>
            <th scope="col">{selfLabel}</th>
            <th scope="col">{t('others.othersMedian')}</th>
            <th scope="col">{t('others.range')}</th>
            <th scope="col">{t('others.count')}</th>
          </tr>
        </thead>
        <tbody>
          {view.sections.map((s) => (
            <tr key={s.sectionId}>
              <th scope="row">{titleOf(s.sectionId)}</th>
              <td data-label={selfLabel}>{n(s.self)}</td>
              <td data-label={t('others.othersMedian')}>{n(s.others?.median ?? null)}</td>
              <td data-label={t('others.range')}>
                {s.others ? `${n(s.others.min)}–${n(s.others.max)}` : t('others.noValue')}
              </td>
              <td data-label={t('others.count')}>{s.others?.n ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="others-table statement-table">
        <caption>{t('others.tableStatements')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('others.statement')}</th>
            <th scope="col">{selfLabel}</th>
            <th scope="col">{t('others.othersMedian')}</th>
            <th scope="col">{t('others.range')}</th>
            <th scope="col">{t('others.count')}</th>
            <th scope="col">{t('others.othersGoal')}</th>
            <th scope="col">{t('others.named')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.itemId} data-item={s.itemId}>
              <th scope="row">
                {numberOf.get(s.itemId)}. {textOf(s.itemId)}
              </th>
              <td data-label={selfLabel}>{rating(s.self)}</td>
              <td data-label={t('others.othersMedian')}>{n(s.others?.median ?? null)}</td>
              <td data-label={t('others.range')}>{range(s.others)}</td>
              <td data-label={t('others.count')}>{s.others?.n ?? 0}</td>
              <td data-label={t('others.othersGoal')}>{n(s.othersTarget?.median ?? null)}</td>
              <td data-label={t('others.named')}>
                {s.named.map((r) => `${r.rater}: ${rating(r.current)}`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
