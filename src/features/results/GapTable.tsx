import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, GroupKind } from '../../domain/framework/schema.ts';
import { filterResults, largestGaps, type StatementResult, strengths } from '../../domain/results/gaps.ts';
import { useKindLabel } from '../../ui/kindLabel.ts';
import type { Spoken } from '../../ui/spokenTo.ts';
import { useRating } from './format.ts';

interface Props {
  fw: Framework;
  statements: StatementResult[];
  textOf(itemId: string): string;
  sectionTitle(sectionId: string): string;
  /** The lowest current level named as a strength (`strengthFloor`). */
  floor: number;
  /** Who is spoken to (`useSpokenTo`). */
  spoken: Spoken;
}

function StatementTable({
  rows,
  textOf,
  caption,
}: {
  rows: StatementResult[];
  textOf(id: string): string;
  caption: string;
}) {
  const { t } = useTranslation('results');
  const n = useRating();
  const heads = {
    current: t('table.current'),
    target: t('table.target'),
    gap: t('table.gapShort'),
    note: t('table.note'),
  };
  return (
    <table className="statement-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.statement')}</th>
          <th scope="col">{heads.current}</th>
          <th scope="col">{heads.target}</th>
          <th scope="col">{heads.gap}</th>
          <th scope="col">{heads.note}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.itemId}>
            <th scope="row">{textOf(r.itemId)}</th>
            <td data-label={heads.current}>{n(r.current)}</td>
            <td data-label={heads.target}>{n(r.target)}</td>
            <td data-label={heads.gap}>{n(r.gap)}</td>
            {r.note ? (
              <td className="note-cell" data-label={heads.note}>
                {r.note}
              </td>
            ) : (
              <td className="note-cell empty" />
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Development areas, largest first, with filters; then strengths. */
export function GapTable({ fw, statements, textOf, sectionTitle, floor, spoken }: Props) {
  const { t, i18n } = useTranslation('results');
  const kindLabel = useKindLabel();
  const [sectionId, setSectionId] = useState('');
  const [kind, setKind] = useState('');
  const [level, setLevel] = useState('');
  const ids = { section: useId(), kind: useId(), level: useId() };
  const sections = [...new Set(statements.map((s) => s.sectionId))];
  const kinds = [...new Set(statements.map((s) => s.kind))];
  const shown = filterResults(fw, statements, {
    sectionId: sectionId || null,
    kind: (kind || null) as GroupKind | null,
    level: level || null,
  });
  const gaps = largestGaps(shown);
  const strong = strengths(shown, floor);
  return (
    <>
      <section aria-labelledby={`${ids.section}-h`} className="report-section">
        <h2 id={`${ids.section}-h`}>{t('gaps.heading')}</h2>
        <div className="filters">
          {sections.length > 1 && (
            <label>
              {t('gaps.filterSection')}{' '}
              <select value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
                <option value="">{t('gaps.all')}</option>
                {sections.map((id) => (
                  <option key={id} value={id}>
                    {sectionTitle(id)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {kinds.length > 1 && (
            <label>
              {t('gaps.filterKind')}{' '}
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">{t('gaps.all')}</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(k)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {fw.levels && (
            <label>
              {t('gaps.filterLevel')}{' '}
              <select value={level} onChange={(e) => setLevel(e.target.value)}>
                <option value="">{t('gaps.all')}</option>
                {fw.levels.map((l) => (
                  <option key={l.id} value={l.id}>
                    {localize(l.label, i18n.language, fw.sourceLanguage).text}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {gaps.length ? (
          <StatementTable rows={gaps} textOf={textOf} caption={t('gaps.heading')} />
        ) : (
          <p>{t('gaps.none')}</p>
        )}
      </section>
      <section aria-labelledby={`${ids.kind}-h`} className="report-section">
        <h2 id={`${ids.kind}-h`}>{t('strengths.heading')}</h2>
        <p className="muted">
          {t('strengths.hint', {
            ...spoken,
            floor: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(floor),
          })}
        </p>
        {strong.length ? (
          <StatementTable rows={strong} textOf={textOf} caption={t('strengths.heading')} />
        ) : (
          <p>{t('strengths.none')}</p>
        )}
      </section>
    </>
  );
}
