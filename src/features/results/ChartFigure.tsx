import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumber } from './format.ts';

export interface ChartRow {
  name: string;
  current: number | null;
  target: number | null;
}

interface Props {
  title: string;
  rows: ChartRow[];
  min: number;
  max: number;
  /** Labels of the two series (now and goal, or earlier and later). */
  labels: { current: string; target: string };
  children: ReactNode;
}

/** A chart with its text summary and a data table for screen readers and print. */
export function ChartFigure({ title, rows, min, max, labels, children }: Props) {
  const { t } = useTranslation('results');
  const n = useNumber();
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={id}>
      <figcaption id={id}>
        <strong>{title}</strong>
        <span className="muted"> {t('chart.scaleNote', { min, max })}</span>
      </figcaption>
      <div aria-hidden="true" className="chart">
        {children}
      </div>
      <details className="chart-data" open>
        <summary>{t('chart.showTable')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.section')}</th>
              <th scope="col">{labels.current}</th>
              <th scope="col">{labels.target}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td>{n(row.current)}</td>
                <td>{n(row.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
