// `#/feedback/new?assessment=<id>`: a person asks others for feedback on one of
// their assessments: which sections, a message, the name raters see, whether
// raters also give a goal. Makes the request and goes to its page.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { createRequest } from '../../domain/feedback/newRequest.ts';
import { MAX_MESSAGE, MAX_NAME } from '../../domain/feedback/request.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { summarizeFramework } from '../../domain/framework/summary.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { SectionChoice } from '../../ui/SectionChoice.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFramework } from '../../ui/useFramework.ts';
import './feedback.css';
import { audienceOf } from '../../domain/framework/audience.ts';

function AskForm({ a, fw }: { a: Assessment; fw: Framework }) {
  const { t } = useTranslation('feedback');
  const team = audienceOf(fw) === 'team';
  // Raters rate what the person rated: the assessment's sections (all when it names none).
  const [all, summary] = useMemo(() => {
    const all = summarizeFramework(fw);
    const own = all.sections.filter((s) => !a.sections.length || a.sections.includes(s.id));
    return [all, { ...all, sections: own }];
  }, [fw, a.sections]);
  const [sections, setSections] = useState(() =>
    a.sections.length ? [...a.sections] : summary.sections.map((s) => s.id),
  );
  const [name, setName] = useState(a.subjectName);
  const [message, setMessage] = useState('');
  const [goal, setGoal] = useState(true);
  const [tried, setTried] = useState(false);
  const ids = { name: useId(), nameHint: useId(), message: useId() };
  const error = tried && !sections.length ? t('ask.noSection') : null;
  useDocumentTitle(t(team ? 'ask.actionTeam' : 'ask.action'));

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!sections.length) return;
    const request = createRequest(a, { sections, name, message, goal, framework: all }, Date.now());
    userDataStore.getState().addFeedbackRequest(request);
    navigate(hrefFor.feedback(request.id), { replace: true });
  }

  return (
    <form className="feedback-ask" onSubmit={submit} noValidate>
      <SectionChoice
        summary={summary}
        level={a.level}
        chosen={sections}
        onChosen={(update) => setSections(update)}
        legend={t('ask.sections')}
        countText={(count) => t('ask.statements', { count })}
        error={error}
      />
      <p>
        <label htmlFor={ids.name}>{t(team ? 'ask.nameTeam' : 'ask.name')}</label>
        <input
          id={ids.name}
          value={name}
          maxLength={MAX_NAME}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={ids.nameHint}
          autoComplete="off"
        />
        <small id={ids.nameHint} className="hint">
          {t('ask.nameHint')}
        </small>
      </p>
      <p>
        <label htmlFor={ids.message}>{t('ask.message')}</label>
        <textarea
          id={ids.message}
          value={message}
          maxLength={MAX_MESSAGE}
          rows={3}
          onChange={(e) => setMessage(e.target.value)}
        />
      </p>
      <p>
        <label className="choice">
          <input type="checkbox" checked={goal} onChange={(e) => setGoal(e.target.checked)} />
          <span>{t(team ? 'ask.goalTeam' : 'ask.goal')}</span>
        </label>
      </p>
      <p>
        <button type="submit" className="button primary">
          {t('ask.create')}
        </button>
      </p>
    </form>
  );
}

export default function AskPage({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation(['feedback', 'common']);
  const a = useUserData((s) => s.assessments[assessmentId]);
  const state = useFramework(a?.frameworkId ?? '', a?.frameworkVersion);
  const team = state.status === 'ready' && audienceOf(state.framework) === 'team';
  return (
    <article className="feedback">
      <p className="breadcrumb">
        <a href={hrefFor.results(assessmentId)}>{a?.title ?? t('common:status.notFound')}</a>
      </p>
      <h1>{t(team ? 'ask.actionTeam' : 'ask.action')}</h1>
      {!a ? (
        <p role="alert">{t('ask.missing')}</p>
      ) : state.status === 'loading' ? (
        <p aria-busy="true">{t('common:status.loading')}</p>
      ) : state.status !== 'ready' ? (
        <p role="alert">{t('give.frameworkMissing', { id: a.frameworkId, version: a.frameworkVersion })}</p>
      ) : (
        <>
          <p>{t(team ? 'ask.introTeam' : 'ask.intro')}</p>
          <AskForm a={a} fw={state.framework} />
        </>
      )}
    </article>
  );
}
