import type { StatementView } from '../../domain/feedback/othersView.ts';

interface Props {
  rows: readonly StatementView[];
  /** A short label per row (its number in the table below). */
  labelOf(row: StatementView): string;
  /** The statement's text, for a pointer's tooltip (the chart is hidden from assistive technology: its table says it all). */
  textOf(itemId: string): string;
  min: number;
  max: number;
}

const ROW = 28;
const LEFT = 40;
const WIDTH = 320;

/**
 * A dot plot: per statement, the own level as a filled circle and the others'
 * median as a hollow diamond over a line across their range, so the two differ
 * in shape and fill as well as colour (and in grey when printed).
 */
export function OthersChart({ rows, labelOf, textOf, min, max }: Props) {
  const x = (v: number) => LEFT + ((v - min) / Math.max(1, max - min)) * (WIDTH - LEFT - 12);
  const height = rows.length * ROW + 24;
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="others-chart" role="presentation">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={0} y2={height - 20} className="others-grid" />
          <text x={x(v)} y={height - 6} textAnchor="middle" className="others-tick">
            {v}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = i * ROW + ROW / 2;
        return (
          <g key={r.itemId}>
            <title>{`${labelOf(r)}. ${textOf(r.itemId)}`}</title>
            <text x={4} y={y + 4} className="others-tick">
              {labelOf(r)}
            </text>
            {r.others && (
              <>
                <line x1={x(r.others.min)} x2={x(r.others.max)} y1={y} y2={y} className="others-range" />
                <path
                  d={`M ${x(r.others.median)} ${y - 7} l 7 7 l -7 7 l -7 -7 z`}
                  className="others-median"
                />
              </>
            )}
            {r.self !== null && <circle cx={x(r.self)} cy={y} r={5} className="others-self" />}
          </g>
        );
      })}
    </svg>
  );
}
