// A distribution over the scale: 100 % stacked bars (one segment per step, told
// apart by a pattern as well as a shade, with its count written in it), the
// counts as a data table (rows Now and Goal, one column per level), and the
// legend of the scale in its order.
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../../domain/workshop/groupPicture.ts';
import { type PictureTexts, shadeOf } from './texts.ts';

export interface Row {
  label: string;
  dist: Distribution | null;
}

function segmentClass(index: number, steps: number): string {
  return `gp-seg gp-shade-${shadeOf(index, steps)} gp-pattern-${index % 4}`;
}

/** The bars are a picture of the table beside them: hidden from screen readers, which read the table. */
export function Bars({ rows, texts }: { rows: Row[]; texts: PictureTexts }) {
  const steps = texts.steps.length;
  return (
    <div className="gp-bars" aria-hidden="true">
      {rows.map((row) => (
        <div className="gp-bar-row" key={row.label}>
          <span className="gp-bar-label">{row.label}</span>
          <div className="gp-bar">
            {row.dist?.counts.map((count, i) =>
              count === 0 ? null : (
                <span
                  // biome-ignore lint/suspicious/noArrayIndexKey: one segment per scale step, fixed order
                  key={i}
                  className={segmentClass(i, steps)}
                  style={{ width: `${(100 * count) / (row.dist?.n ?? 1)}%` }}
                >
                  <span className="gp-count">{texts.number(count)}</span>
                </span>
              ),
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

export function CountsTable({
  caption,
  rows,
  texts,
  captionHidden = false,
}: {
  caption: string;
  rows: Row[];
  texts: PictureTexts;
  captionHidden?: boolean;
}) {
  const { t } = useTranslation('groupPicture');
  return (
    <table className="gp-table">
      <caption className={captionHidden ? 'visually-hidden' : undefined}>
        {t('tableCaption', { what: caption })}
      </caption>
      <thead>
        <tr>
          <td />
          {texts.steps.map((step) => (
            <th scope="col" key={step.value}>
              <span className="gp-value">{texts.number(step.value)}</span>{' '}
              <span className="gp-step-label">{step.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {texts.steps.map((step, i) => (
              <td key={step.value}>{texts.number(row.dist?.counts[i] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Legend({ texts }: { texts: PictureTexts }) {
  const { t } = useTranslation('groupPicture');
  const steps = texts.steps.length;
  return (
    <div className="gp-legend">
      <p className="gp-legend-title">{t('legend')}</p>
      <ul>
        {texts.steps.map((step, i) => (
          <li key={step.value}>
            <span className={`gp-swatch ${segmentClass(i, steps)}`} aria-hidden="true" />
            <span className="gp-value">{texts.number(step.value)}</span> {step.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Median 2.5, interquartile range 2–3", or nothing without a distribution. */
export function Stats({
  label,
  dist,
  texts,
}: {
  label: string;
  dist: Distribution | null;
  texts: PictureTexts;
}) {
  const { t } = useTranslation('groupPicture');
  if (!dist) return null;
  return (
    <li>
      <span className="gp-stat-label">{label}:</span>{' '}
      {t('stats', {
        median: texts.number(dist.median),
        q1: texts.number(dist.q1),
        q3: texts.number(dist.q3),
      })}
    </li>
  );
}
