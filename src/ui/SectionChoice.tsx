import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../domain/framework/localize.ts';
import { offeredSections } from '../domain/framework/sectionChoice.ts';
import { type CatalogSummary, statementsAtLevel } from '../domain/framework/summary.ts';
import { sectionTitle } from './sectionTitle.ts';
import { titledSections } from './titledSections.ts';

/**
 * The sections of a framework to choose, a checkbox each with its statement count
 * at `level` (a section with nothing to rate, text only, is not offered); `error`, when given, is shown under them and describes the group.
 */
export function SectionChoice({
  summary,
  level,
  chosen,
  onChosen,
  legend,
  countText,
  error,
}: {
  summary: CatalogSummary;
  level: string | null;
  chosen: string[];
  onChosen: (update: (chosen: string[]) => string[]) => void;
  legend: string;
  countText: (count: number) => string;
  error: string | null;
}) {
  const ui = useTranslation().i18n.language;
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {offeredSections(titledSections(summary)).map((s) => (
        <label key={s.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(s.id)}
            onChange={(e) => onChosen((c) => (e.target.checked ? [...c, s.id] : c.filter((x) => x !== s.id)))}
          />
          {/* One flex item, so that the count flows after the title and wraps onto a line of its own at 320 px. */}
          <span>
            <span lang={localize(s.title, ui, summary.sourceLanguage).language}>
              {sectionTitle(s, ui, summary.sourceLanguage)}
            </span>{' '}
            <span className="muted nowrap">({countText(statementsAtLevel(summary, s, level))})</span>
          </span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
