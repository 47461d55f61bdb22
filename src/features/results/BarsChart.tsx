import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { measureWith, wrapLabel } from './wrapLabel.ts';

export interface Series {
  key: string;
  label: string;
  /** `series-current`, `series-target` or `series-gap`: colour and pattern from results.css (light, dark, print). */
  className: string;
  hatched?: boolean;
}

export interface BarsRow {
  /** Unique per row, so two rows never share a label. */
  key: string;
  name: string;
  values: Record<string, number | null>;
}

interface Props {
  rows: BarsRow[];
  series: Series[];
  domain: [number, number];
  /** The value at a bar's end (a mean: 2.5). */
  format(value: number | null): string;
  /** A step of the scale on the axis (3). */
  formatTick(value: number): string;
}

const FONT = 13;
const LINE = 16;
const BAR = 14;
const GAP = 4;
const AXIS = 28;

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Horizontal bars, one band per row: every label whole (wrapped in the column
 * beside the bars), every scale step a tick, the legend above in the order of
 * the bars, the value at the end of each bar.
 */
export function BarsChart({ rows, series, domain, format, formatTick }: Props) {
  const [ref, width] = useWidth();
  const hatch = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const labelWidth = Math.round(Math.min(280, Math.max(110, width * 0.45)));
  const lines = useMemo(() => {
    const measure = measureWith(FONT);
    return new Map(rows.map((r) => [r.key, wrapLabel(r.name, labelWidth - 8, measure)]));
  }, [rows, labelWidth]);
  const most = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const band = Math.max(series.length * BAR + (series.length - 1) * GAP, most * LINE) + 18;
  const height = rows.length * band + AXIS + 8;
  const ticks: number[] = [];
  for (let v = Math.ceil(domain[0]); v <= Math.floor(domain[1]); v++) ticks.push(v);
  const data = rows.map((r) => ({ key: r.key, ...r.values }));
  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const label = lines.get(String(payload.value)) ?? [];
    const top = Number(y) - ((label.length - 1) * LINE) / 2 + FONT * 0.35;
    return (
      <text x={x} y={top} textAnchor="end" className="chart-label" fontSize={FONT}>
        {label.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in order
          <tspan key={i} x={x} dy={i ? LINE : 0}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
  return (
    <div ref={ref} className="bars-chart">
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className={`swatch ${s.className}`} />
            {s.label}
          </li>
        ))}
      </ul>
      {width > 0 && (
        <BarChart
          accessibilityLayer={false}
          layout="vertical"
          width={width}
          height={height}
          data={data}
          barGap={GAP}
          barSize={BAR}
          margin={{ top: 4, right: 40, bottom: 4, left: 0 }}
        >
          <defs>
            <pattern
              id={hatch}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" className="hatch-ground" />
              <line x1="0" y1="0" x2="0" y2="8" strokeWidth="3" className="hatch-line" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={domain}
            ticks={ticks}
            interval={0}
            allowDecimals={false}
            tickFormatter={(v: number) => formatTick(v)}
            height={AXIS}
          />
          <YAxis type="category" dataKey="key" width={labelWidth} tick={tick} interval={0} tickLine={false} />
          {series.map((s) => (
            <Bar
              key={s.key}
              name={s.label}
              dataKey={s.key}
              className={s.className}
              fill={s.hatched ? `url(#${hatch})` : undefined}
              strokeWidth={s.hatched ? 2 : 0}
              strokeDasharray={s.hatched ? '6 3' : undefined}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={s.key}
                position="right"
                className="chart-value"
                formatter={(v: unknown) => format(typeof v === 'number' ? v : null)}
              />
            </Bar>
          ))}
        </BarChart>
      )}
    </div>
  );
}
