import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartRow } from './ChartFigure.tsx';
import { COLORS, useNumber } from './format.ts';

interface Props {
  rows: ChartRow[];
  min: number;
  max: number;
  labels: { current: string; target: string };
}

const SIZE = { width: '100%', maxWidth: 720, aspectRatio: 1.6 } as const;
const RADAR_SIZE = { width: '100%', maxWidth: 640, aspectRatio: 1.2 } as const;
const short = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);

/**
 * Current against target: a radar with three or more axes, grouped bars otherwise.
 * Told apart by more than colour: solid against dashed lines, filled against hollow markers.
 */
export function MeansChart({ rows, min, max, labels }: Props) {
  const n = useNumber();
  const data = rows.map((r) => ({ ...r, label: short(r.name) }));
  const domain = [min, max];
  if (rows.length >= 3) {
    return (
      <RadarChart accessibilityLayer={false} responsive style={RADAR_SIZE} data={data} outerRadius="75%">
        <PolarGrid />
        <PolarAngleAxis dataKey="label" />
        <PolarRadiusAxis domain={domain} tickCount={max - min + 1} angle={90} />
        <Radar
          name={labels.current}
          dataKey="current"
          stroke={COLORS.current}
          strokeWidth={3}
          fill={COLORS.current}
          fillOpacity={0.15}
          dot={{ r: 5, fill: COLORS.current, strokeWidth: 0 }}
          isAnimationActive={false}
        />
        <Radar
          name={labels.target}
          dataKey="target"
          stroke={COLORS.target}
          strokeWidth={3}
          strokeDasharray="8 5"
          fill="none"
          legendType="plainline"
          dot={{ r: 5, fill: '#fff', stroke: COLORS.target, strokeWidth: 2 }}
          isAnimationActive={false}
        />
        <Legend />
      </RadarChart>
    );
  }
  return (
    <BarChart accessibilityLayer={false} responsive style={SIZE} data={data} barGap={6}>
      <defs>
        <pattern
          id="target-hatch"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={COLORS.target} strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" />
      <YAxis domain={domain} allowDecimals={false} tickCount={max - min + 1} />
      <Bar name={labels.current} dataKey="current" fill={COLORS.current} isAnimationActive={false}>
        <LabelList
          dataKey="current"
          position="top"
          formatter={(v: unknown) => n(typeof v === 'number' ? v : null)}
        />
      </Bar>
      <Bar
        name={labels.target}
        dataKey="target"
        fill="url(#target-hatch)"
        stroke={COLORS.target}
        strokeWidth={3}
        strokeDasharray="6 4"
        isAnimationActive={false}
      >
        <LabelList
          dataKey="target"
          position="top"
          formatter={(v: unknown) => n(typeof v === 'number' ? v : null)}
        />
      </Bar>
      <Legend />
    </BarChart>
  );
}
