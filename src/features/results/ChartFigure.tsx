import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumber } from './format.ts';

export interface ChartRow {
  /** Unique per row (a section id, a kind, a level). */
  key: string;
  name: string;
  current: number | null;
  target: number | null;
  /** The mean gap (goal − now), where the figure shows it. */
  gap?: number | null;
}

interface Props {
  title: string;
  /** The first column's heading (section, group, level). */
  first: string;
  rows: ChartRow[];
  min: number;
  max: number;
  /** Labels of the series (now and goal, or earlier and later); `gap` adds the gap column. */
  labels: { current: string; target: string; gap?: string };
  /** A last row over all the statements. */
  total?: ChartRow;
  /** What the figures are, when not means on the scale. */
  note?: string;
  children: ReactNode;
}

/** A chart with its data table (for screen readers, and in print). */
export function ChartFigure({ title, first, rows, min, max, labels, total, note, children }: Props) {
  const { t } = useTranslation('results');
  const n = useNumber();
  const id = useId();
  const row = (r: ChartRow, header: ReactNode) => (
    <tr key={r.key}>
      <th scope="row">{header}</th>
      <td>{n(r.current)}</td>
      <td>{n(r.target)}</td>
      {labels.gap && <td>{n(r.gap ?? null)}</td>}
    </tr>
  );
  return (
    <figure className="chart-figure" aria-labelledby={id}>
      <figcaption id={id}>
        <strong>{title}</strong>
        <span className="muted"> {note ?? t('chart.scaleNote', { min, max })}</span>
      </figcaption>
      <div aria-hidden="true" className="chart">
        {children}
      </div>
      <details className="chart-data" open>
        <summary>{t('chart.showTable')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{first}</th>
                <th scope="col">{labels.current}</th>
                <th scope="col">{labels.target}</th>
                {labels.gap && <th scope="col">{labels.gap}</th>}
              </tr>
            </thead>
            <tbody>{rows.map((r) => row(r, r.name))}</tbody>
            {total && <tfoot>{row(total, total.name)}</tfoot>}
          </table>
        </div>
      </details>
    </figure>
  );
}
