import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { ScaleStep } from '../../domain/framework/schema.ts';
import './scaleChoice.css';

interface Props {
  name: string;
  legend: string;
  hiddenBefore: string;
  hiddenAfter: string;
  scale: ScaleStep[];
  sourceLanguage: string;
  value: number | null;
  disabled: boolean;
  onChange(value: number): void;
}

/**
 * One native radio group on the framework's scale, with the labels visible (the
 * descriptions: ScaleDescriptions for screen readers, ScaleHint for the eye).
 * The radios are the browser's own state: a click shows at once, with no render
 * in between; a value that changes elsewhere (another tab, a preset, undo) is
 * written to them after rendering. Measured against controlled radios:
 * docs/performance.md, row "Radios owned by the browser".
 */
export const ScaleChoice = memo(function ScaleChoice(props: Props) {
  const { i18n } = useTranslation();
  const { name, scale, value, disabled, onChange, sourceLanguage } = props;
  const group = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => {
    for (const input of group.current?.querySelectorAll('input') ?? []) {
      input.checked = input.value === String(value);
    }
  }, [value]);
  // The browser's own change event, heard on the group: a choice costs no trip through React's events.
  // Attached before the browser paints the group, so no click can come first.
  useLayoutEffect(() => {
    const el = group.current;
    const changed = (e: Event) => onChange(Number((e.target as HTMLInputElement).value));
    el?.addEventListener('change', changed);
    return () => el?.removeEventListener('change', changed);
  }, [onChange]);
  return (
    <fieldset className="scale-choice" disabled={disabled} ref={group}>
      <legend>
        <span className="visually-hidden">{props.hiddenBefore} </span>
        {props.legend}
        <span className="visually-hidden"> {props.hiddenAfter}</span>
      </legend>
      <div className="options">
        {scale.map((step) => {
          const id = `${name}-${step.value}`;
          const label = localize(step.label, i18n.language, sourceLanguage);
          return (
            <span className="option" key={step.value}>
              <label htmlFor={id}>
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={step.value}
                  defaultChecked={value === step.value}
                  aria-describedby={step.description ? `scale-description-${step.value}` : undefined}
                />
                <span className="face">
                  <span className="value">{step.value}</span> <span lang={label.language}>{label.text}</span>
                </span>
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
});

/** The scale descriptions once per page, for aria-describedby. */
export function ScaleDescriptions({ scale, sourceLanguage }: { scale: ScaleStep[]; sourceLanguage: string }) {
  const { i18n } = useTranslation();
  return (
    <div hidden>
      {scale.map((step) =>
        step.description ? (
          <span id={`scale-description-${step.value}`} key={step.value}>
            {localize(step.description, i18n.language, sourceLanguage).text}
          </span>
        ) : null,
      )}
    </div>
  );
}
