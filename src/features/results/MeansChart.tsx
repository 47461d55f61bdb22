import { BarsChart, type Series } from './BarsChart.tsx';
import type { ChartRow } from './ChartFigure.tsx';
import { useNumber, useRating } from './format.ts';

interface Props {
  rows: ChartRow[];
  min: number;
  max: number;
  labels: { current: string; target: string };
}

/**
 * Current against target, a pair of horizontal bars per row (long section
 * titles wrap beside them). Told apart by more than colour: solid against
 * hatched with a dashed outline.
 */
export function MeansChart({ rows, min, max, labels }: Props) {
  const n = useNumber();
  const step = useRating();
  const series: Series[] = [
    { key: 'current', label: labels.current, className: 'series-current' },
    { key: 'target', label: labels.target, className: 'series-target', hatched: true },
  ];
  return (
    <BarsChart
      rows={rows.map((r) => ({ key: r.key, name: r.name, values: { current: r.current, target: r.target } }))}
      series={series}
      domain={[min, max]}
      format={n}
      formatTick={(v) => step(v)}
    />
  );
}

/** The mean gap (goal − now) per row, largest first as given. */
export function GapChart({ rows, max, label }: { rows: ChartRow[]; max: number; label: string }) {
  const n = useNumber();
  const step = useRating();
  const gaps = rows.map((r) => r.gap ?? 0);
  const low = Math.min(0, Math.floor(Math.min(...gaps)));
  return (
    <BarsChart
      rows={rows.map((r) => ({ key: r.key, name: r.name, values: { gap: r.gap ?? null } }))}
      series={[{ key: 'gap', label, className: 'series-gap' }]}
      domain={[low, Math.max(1, Math.ceil(max))]}
      format={n}
      formatTick={(v) => step(v)}
    />
  );
}
