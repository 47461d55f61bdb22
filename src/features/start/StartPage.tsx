import type { ParseKeys } from 'i18next';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceOf } from '../../domain/framework/audience.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Subject } from '../../domain/framework/schema.ts';
import {
  type ChoiceProblem,
  choiceProblem,
  chosenStatements,
  sectionsToStore,
} from '../../domain/framework/sectionChoice.ts';
import type { CatalogSummary } from '../../domain/framework/summary.ts';
import { languageFromUrl, toUiLanguage, UI_LANGUAGES } from '../../domain/language.ts';
import { prefillFrom } from '../../domain/workshop/prefill.ts';
import { userDataStore } from '../../store/appStores.ts';
import { findSummary } from '../../store/frameworks.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { LevelChoice } from '../../ui/LevelChoice.tsx';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { SectionChoice } from '../../ui/SectionChoice.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { CopyLink } from './CopyLink.tsx';
import { LinkNotice } from './LinkNotice.tsx';
import './start.css';

interface Props {
  frameworkId: string;
  sections: string[] | null;
  level: string | null;
}

const NAME_LABELS: Record<Subject, ParseKeys<'start'>> = {
  individual: 'subjectName.individual',
  organisation: 'subjectName.organisation',
};

function StartForm({
  summary,
  sections,
  level,
}: {
  summary: CatalogSummary;
  sections: string[] | null;
  level: string | null;
}) {
  const { t, i18n } = useTranslation(['start', 'errors']);
  const ui = i18n.language;
  const fwTitle = localize(summary.title, ui, summary.sourceLanguage).text;
  const date = formatDate(Date.now(), ui, { dateStyle: 'medium' }, t('errors:unknownDate'));
  const known = summary.sections.map((s) => s.id);
  const [title, setTitle] = useState(() => t('titleDefault', { framework: fwTitle, date }));
  const [name, setName] = useState('');
  // `sections` and `level` come from the link as `prefillFrom` read it: known here, or null.
  const [chosen, setChosen] = useState<string[]>(() => sections ?? known);
  const [chosenLevel, setChosenLevel] = useState<string | null>(() => level ?? summary.levels[0]?.id ?? null);
  const [error, setError] = useState<ChoiceProblem | null>(null);
  const ids = { title: useId(), name: useId(), hint: useId() };
  const total = chosenStatements(summary, chosen, chosenLevel);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Nothing to rate: refused, with the reason (no section, or none with a statement at this level).
    const problem = choiceProblem(summary, chosen, chosenLevel);
    if (problem) return setError(problem);
    const id = userDataStore.getState().create({
      frameworkId: summary.id,
      frameworkVersion: summary.version,
      title: title.trim() || t('titleDefault', { framework: fwTitle, date }),
      subjectName: name,
      sections: sectionsToStore(summary, chosen),
      level: chosenLevel,
    });
    // The questionnaire takes the form's place in the history: Back goes to where the user came
    // from, and never shows this form again to make a second assessment with another Start.
    navigate(hrefFor.assessment(id), { replace: true });
  }

  return (
    <>
      <form onSubmit={submit} className="start-form" noValidate>
        <p>
          <label htmlFor={ids.title}>{t('title')}</label>
          <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </p>
        <p>
          <label htmlFor={ids.name}>{t(NAME_LABELS[summary.subject])}</label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={500}
            aria-describedby={ids.hint}
            autoComplete="off"
          />
          <small id={ids.hint} className="hint">
            {t('subjectHint', { context: audienceOf(summary) })}
          </small>
        </p>
        <SectionChoice
          summary={summary}
          level={chosenLevel}
          chosen={chosen}
          onChosen={(update) => {
            setError(null);
            setChosen(update);
          }}
          legend={t('sections')}
          countText={(count) => t('sectionStatements', { count })}
          error={error && t(error)}
        />
        <LevelChoice
          summary={summary}
          level={chosenLevel}
          onChosen={(chosenId) => {
            setError(null);
            setChosenLevel(chosenId);
          }}
          name="level"
          legend={t('level')}
          hint={t('levelHint')}
        />
        <p>{t('total', { count: total, context: audienceOf(summary) })}</p>
        <p>
          <button type="submit" className="button primary">
            {t('submit')}
          </button>
        </p>
      </form>
      <CopyLink
        settings={{
          framework: summary.id,
          sections: sectionsToStore(summary, chosen),
          level: chosenLevel,
          language: ui,
        }}
      />
    </>
  );
}

export default function StartPage({ frameworkId, sections, level }: Props) {
  const { t, i18n } = useTranslation(['start', 'common']);
  const summary = findSummary(frameworkId);
  useDocumentTitle(t('heading'));
  if (!summary) {
    return (
      <>
        <h1>{t('heading')}</h1>
        <p role="alert">{t('unknownFramework', { id: frameworkId })}</p>
        <p>
          <a href={hrefFor.library()}>{t('common:nav.library')}</a>
        </p>
      </>
    );
  }
  // What the link asks for, read as an exercise's link is; what is not known here is said, not dropped silently.
  // The link's own `lng` (in the hash), not one the page address may carry.
  const raw = languageFromUrl('', window.location.hash) ?? null;
  const prefill = prefillFrom(
    { framework: frameworkId, sections, level, language: raw && (toUiLanguage(raw) ?? raw) },
    [summary],
    UI_LANGUAGES,
  );
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{localize(summary.title, i18n.language, summary.sourceLanguage).text}</p>
      <LinkNotice summary={summary} ignored={prefill.ignored} />
      <StartForm summary={summary} sections={prefill.sections} level={prefill.level} />
    </>
  );
}
