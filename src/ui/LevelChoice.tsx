import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../domain/framework/localize.ts';
import type { FrameworkSummary } from '../domain/framework/summary.ts';
import './levelChoice.css';

/**
 * A framework's variant levels to choose one of (starting an assessment, creating
 * a workshop exercise): a group named by `legend` and described by `hint`, a radio
 * per level, each described by the level's own description where it has one.
 * Nothing when the framework has no levels.
 */
export function LevelChoice({
  summary,
  level,
  onChosen,
  name,
  legend,
  hint,
}: {
  summary: Pick<FrameworkSummary, 'levels' | 'sourceLanguage'>;
  level: string | null;
  onChosen: (level: string) => void;
  /** The radios' name, one per form. */
  name: string;
  legend: string;
  hint: string;
}) {
  const ui = useTranslation().i18n.language;
  const id = useId();
  if (summary.levels.length === 0) return null;
  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {summary.levels.map((l, i) => {
        const label = localize(l.label, ui, summary.sourceLanguage);
        const description = l.description && localize(l.description, ui, summary.sourceLanguage);
        return (
          <Fragment key={l.id}>
            <label className="choice">
              <input
                type="radio"
                name={name}
                value={l.id}
                checked={level === l.id}
                aria-describedby={description ? `${id}-${i}` : undefined}
                onChange={() => onChosen(l.id)}
              />
              <span lang={label.language}>{label.text}</span>
            </label>
            {description && (
              <p id={`${id}-${i}`} className="hint level-description" lang={description.language}>
                {description.text}
              </p>
            )}
          </Fragment>
        );
      })}
    </fieldset>
  );
}
