import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseChoice, type CaseChoices as Choices, choiceFor } from '../../domain/exchange/caseChoice.ts';
import { caseCounts } from '../../domain/exchange/caseFramework.ts';
import { useUserData } from '../../store/appStores.ts';
import { loadFramework } from '../../store/frameworks.ts';
import './caseChoices.css';

/** How long a choice rests before the framework is made with it (in the worker). */
const SETTLE_MS = 300;

function Options({
  legend,
  hint,
  options,
  chosen,
  onChosen,
  columns = false,
}: {
  legend: string;
  hint: string;
  options: { value: string; label: string; items: number }[];
  chosen: string[];
  onChosen: (chosen: string[]) => void;
  /** Short labels (grades): side by side where the line has room. */
  columns?: boolean;
}) {
  const { t } = useTranslation('caseChoice');
  const hintId = useId();
  return (
    <fieldset aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <div className={columns ? 'case-options' : undefined}>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) =>
                onChosen(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))
              }
            />
            {t('option', { name: o.label, count: o.items })}
          </label>
        ))}
      </div>
      <p className="row-actions">
        <button type="button" onClick={() => onChosen(options.map((o) => o.value))}>
          {t('all')}
        </button>
        <button type="button" onClick={() => onChosen([])}>
          {t('clear')}
        </button>
      </p>
    </fieldset>
  );
}

/**
 * Choosing, before a large CASE package is added, which item types are rated statements and which
 * grades are included, with a live count (from the package's outline, here: a few milliseconds).
 * A choice that has rested is sent on (`onChoose`), so the framework is made with it in the worker;
 * `onChoose(null)` says at once that the framework shown is not the one chosen.
 */
export function CaseChoices({
  choices,
  pending,
  onChoose,
}: {
  choices: Choices;
  pending: boolean;
  onChoose: (choice: CaseChoice | null) => void;
}) {
  const { t } = useTranslation('caseChoice');
  const headingId = useId();
  const [choice, setChoice] = useState<CaseChoice>(choices.choice);
  const counts = useMemo(() => caseCounts(choices.outline, choice), [choices.outline, choice]);
  const made = useRef(choices.choice);
  const latest = useRef(onChoose);
  latest.current = onChoose;
  // A version of this framework added earlier: its statements chosen again, so no answer moves.
  const stored = useUserData((s) => s.frameworks[choices.framework]);
  const touched = useRef(false);
  const [asBefore, setAsBefore] = useState<string | null>(null);
  useEffect(() => {
    if (!stored) return;
    let live = true;
    void loadFramework(stored.id, stored.version).then(
      (load) => {
        if (!live || touched.current || !load.ok) return;
        const ids = load.framework.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));
        const earlier = choiceFor(choices.outline, new Set(ids), choices.options);
        if (!earlier) return;
        setAsBefore(stored.version);
        if (JSON.stringify(earlier) === JSON.stringify(made.current)) return;
        setChoice(earlier);
        latest.current(null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [stored, choices.outline, choices.options]);

  useEffect(() => {
    if (choice === made.current || !counts.statements) return;
    const timer = setTimeout(() => {
      made.current = choice;
      latest.current(choice);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [choice, counts.statements]);

  const change = (next: CaseChoice) => {
    touched.current = true;
    setAsBefore(null);
    setChoice(next);
    onChoose(null);
  };
  const { types, grades } = choices.options;
  return (
    <section className="case-choices" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('heading')}</h4>
      <p>{t('intro')}</p>
      {asBefore && <p>{t('asBefore', { version: asBefore })}</p>}
      {types.length > 1 && (
        <Options
          legend={t('types')}
          hint={t('typesHint')}
          options={types.map((x) => ({ value: x.type, label: x.type || t('noType'), items: x.items }))}
          chosen={choice.statementTypes}
          onChosen={(statementTypes) => change({ ...choice, statementTypes })}
        />
      )}
      {grades.length > 1 && (
        <Options
          legend={t('grades')}
          hint={t('gradesHint')}
          options={grades.map((x) => ({ value: x.grade, label: x.grade, items: x.items }))}
          chosen={choice.grades}
          onChosen={(chosen) => change({ ...choice, grades: chosen })}
          columns
        />
      )}
      <p role="status" className={counts.statements ? 'case-count' : 'case-count field-error'}>
        {counts.statements
          ? t('count', {
              sections: t('sections', { count: counts.sections }),
              groups: t('groups', { count: counts.groups }),
              statements: t('statements', { count: counts.statements }),
            })
          : t('nothing')}
        {pending && counts.statements > 0 && <> {t('applying')}</>}
      </p>
    </section>
  );
}
