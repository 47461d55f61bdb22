import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import {
  type ChoiceProblem,
  choiceProblem,
  chosenStatements,
  sectionsToStore,
} from '../../domain/framework/sectionChoice.ts';
import {
  DEFAULT_THRESHOLD,
  MAX_INSTRUCTIONS,
  MAX_THRESHOLD,
  MAX_TITLE,
  MIN_THRESHOLD,
} from '../../domain/workshop/exercise.ts';
import type { Prefill } from '../../domain/workshop/prefill.ts';
import { readThreshold } from '../../domain/workshop/threshold.ts';
import { userDataStore } from '../../store/appStores.ts';
import { useCatalog } from '../../store/frameworks.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { LevelChoice } from '../../ui/LevelChoice.tsx';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { SectionChoice } from '../../ui/SectionChoice.tsx';
import { IgnoredNotice } from './IgnoredNotice.tsx';
import { endonym, uiLanguages } from './languages.ts';

/** The trainer's form for a new exercise; prefilled from a deep link where one was followed. */
export function CreateExerciseForm({ prefill }: { prefill: Prefill | null }) {
  const { t, i18n } = useTranslation(['workshop', 'errors']);
  const ui = i18n.language;
  const catalog = useCatalog();
  const [frameworkId, setFrameworkId] = useState(prefill?.frameworkId ?? catalog[0]?.summary.id ?? '');
  const summary = (catalog.find((e) => e.summary.id === frameworkId) ?? catalog[0])?.summary;
  const known = summary?.sections.map((s) => s.id) ?? [];
  const [chosen, setChosen] = useState<string[]>(() => prefill?.sections ?? known);
  const [level, setLevel] = useState<string | null>(() => prefill?.level ?? summary?.levels[0]?.id ?? null);
  const languages = uiLanguages(i18n);
  const [language, setLanguage] = useState(
    () => prefill?.language ?? (languages.includes(ui) ? ui : (languages[0] ?? 'en')),
  );
  const [title, setTitle] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');
  const [notes, setNotes] = useState(false);
  const [threshold, setThreshold] = useState(String(DEFAULT_THRESHOLD));
  const [errors, setErrors] = useState<{ sections?: ChoiceProblem | null; threshold?: boolean }>({});
  const thresholdInput = useRef<HTMLInputElement>(null);
  const ids = {
    framework: useId(),
    language: useId(),
    languageHint: useId(),
    title: useId(),
    instructions: useId(),
    instructionsHint: useId(),
    notesHint: useId(),
    threshold: useId(),
    thresholdHint: useId(),
    thresholdError: useId(),
  };
  if (!summary) return null;
  const fwTitle = localize(summary.title, ui, summary.sourceLanguage).text;
  const date = formatDate(Date.now(), ui, { dateStyle: 'medium' }, t('errors:unknownDate'));
  const defaultTitle = t('create.titleDefault', { framework: fwTitle, date });
  const total = chosenStatements(summary, chosen, level);

  function pickFramework(id: string) {
    const next = catalog.find((e) => e.summary.id === id)?.summary;
    setFrameworkId(id);
    setChosen(next?.sections.map((s) => s.id) ?? []);
    setLevel(next?.levels[0]?.id ?? null);
    setErrors({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!summary) return;
    const value = readThreshold(threshold);
    const sections = choiceProblem(summary, chosen, level);
    setErrors({ sections, threshold: value === null });
    if (value === null) thresholdInput.current?.focus();
    if (sections || value === null) return;
    const id = userDataStore.getState().createExercise({
      frameworkId: summary.id,
      frameworkVersion: summary.version,
      sections: sectionsToStore(summary, chosen),
      level,
      language,
      title: (title ?? '').trim() || defaultTitle,
      instructions,
      notes,
      threshold: value,
    });
    navigate(hrefFor.workshop(id));
  }

  const builtIn = catalog.filter((e) => e.origin === 'built-in');
  const added = catalog.filter((e) => e.origin !== 'built-in');
  const option = (e: (typeof catalog)[number]) => (
    <option key={e.summary.id} value={e.summary.id}>
      {localize(e.summary.title, ui, e.summary.sourceLanguage).text}
    </option>
  );
  return (
    <form onSubmit={submit} className="workshop-form" noValidate>
      {prefill && <IgnoredNotice ignored={prefill.ignored} />}
      <p>
        <label htmlFor={ids.framework}>{t('create.framework')}</label>
        <select id={ids.framework} value={summary.id} onChange={(e) => pickFramework(e.target.value)}>
          {added.length ? (
            <>
              <optgroup label={t('create.builtIn')}>{builtIn.map(option)}</optgroup>
              <optgroup label={t('create.added')}>{added.map(option)}</optgroup>
            </>
          ) : (
            builtIn.map(option)
          )}
        </select>
      </p>
      <SectionChoice
        summary={summary}
        level={level}
        chosen={chosen}
        onChosen={(update) => {
          setErrors((x) => ({ ...x, sections: null }));
          setChosen(update);
        }}
        legend={t('create.sections')}
        countText={(count) => t('create.sectionStatements', { count })}
        error={
          errors.sections
            ? t(errors.sections === 'noSections' ? 'create.noSections' : 'create.noStatements')
            : null
        }
      />
      <LevelChoice
        summary={summary}
        level={level}
        onChosen={setLevel}
        name="workshop-level"
        legend={t('create.level')}
        hint={t('create.levelHint')}
      />
      <p>{t('create.total', { count: total })}</p>
      <p>
        <label htmlFor={ids.language}>{t('create.language')}</label>
        <select
          id={ids.language}
          value={language}
          aria-describedby={ids.languageHint}
          onChange={(e) => setLanguage(e.target.value)}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {endonym(l)}
            </option>
          ))}
        </select>
        <small id={ids.languageHint} className="hint">
          {t('create.languageHint')}
        </small>
      </p>
      <p>
        <label htmlFor={ids.title}>{t('create.title')}</label>
        <input
          id={ids.title}
          value={title ?? defaultTitle}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={MAX_TITLE}
        />
      </p>
      <p>
        <label htmlFor={ids.instructions}>{t('create.instructions')}</label>
        <textarea
          id={ids.instructions}
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
          maxLength={MAX_INSTRUCTIONS}
          rows={3}
          aria-describedby={ids.instructionsHint}
        />
        <small id={ids.instructionsHint} className="hint">
          {t('create.instructionsHint')}
        </small>
      </p>
      <p>
        <label className="choice">
          <input
            type="checkbox"
            checked={notes}
            onChange={(e) => setNotes(e.target.checked)}
            aria-describedby={ids.notesHint}
          />
          {t('create.notes')}
        </label>
        <small id={ids.notesHint} className="hint">
          {t('create.notesHint')}
        </small>
      </p>
      <p>
        <label htmlFor={ids.threshold}>{t('create.threshold')}</label>
        <input
          ref={thresholdInput}
          id={ids.threshold}
          type="number"
          inputMode="numeric"
          min={MIN_THRESHOLD}
          max={MAX_THRESHOLD}
          step={1}
          value={threshold}
          onChange={(e) => {
            setThreshold(e.target.value);
            setErrors((x) => ({ ...x, threshold: false }));
          }}
          aria-invalid={errors.threshold || undefined}
          aria-describedby={
            errors.threshold ? `${ids.thresholdError} ${ids.thresholdHint}` : ids.thresholdHint
          }
          className="narrow"
        />
        <small id={ids.thresholdHint} className="hint">
          {t('create.thresholdHint', { min: MIN_THRESHOLD, standard: DEFAULT_THRESHOLD })}
        </small>
        {errors.threshold && (
          <span id={ids.thresholdError} className="field-error" role="alert">
            {t('create.thresholdError', { min: MIN_THRESHOLD })}
          </span>
        )}
      </p>
      <p>
        <button type="submit" className="button primary">
          {t('create.submit')}
        </button>
      </p>
    </form>
  );
}
