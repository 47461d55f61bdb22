// A rater opens a feedback link (`#/give?x=…`): whose work they rate, that
// their answers go only to that person (as a code they hand back), the
// message, an optional name or role, and Start. The rating itself is the
// questionnaire's, on an assessment marked as feedback (not in the rater's
// list unless they keep a copy); opening the link again continues it, or
// removes the answers from this device, and the link then starts afresh.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratersOnly } from '../../domain/assessment/model.ts';
import { decodeGive, type GivePayload } from '../../domain/feedback/feedbackLink.ts';
import { MAX_NAME } from '../../domain/feedback/request.ts';
import { summarizeFramework } from '../../domain/framework/summary.ts';
import { randomChars } from '../../domain/workshop/alphabet.ts';
import { joinedBefore } from '../../domain/workshop/handBack.ts';
import { RESULT_ID_LENGTH } from '../../domain/workshop/resultCode.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { giveText } from '../../ui/giveText.ts';
import { AnswersRemoved, RemoveAnswers } from '../../ui/RemoveAnswers.tsx';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useLinkFramework } from '../../ui/useLinkFramework.ts';
import './feedback.css';
import { audienceOf } from '../../domain/framework/audience.ts';

type Decoded = { status: 'reading' } | { status: 'unreadable' } | { status: 'ready'; payload: GivePayload };

function Give({ payload }: { payload: GivePayload }) {
  const { t, i18n } = useTranslation(['feedback', 'errors']);
  const { request, frameworkText } = payload;
  const need = useLinkFramework(request, frameworkText);
  const [rater, setRater] = useState('');
  const [removed, setRemoved] = useState(false);
  const ids = { rater: useId(), hint: useId() };
  const earlier = useUserData((s) => joinedBefore(s.assessments, request.id)[0]);
  const heading = request.name ? t('give.heading', { name: request.name }) : t('give.headingUnnamed');
  useDocumentTitle(heading);
  if (need.kind === 'loading') return <p aria-busy="true">{t('give.loading')}</p>;
  const header = (
    <>
      <p className="feedback-kicker">{t('give.kicker')}</p>
      <h1>{heading}</h1>
    </>
  );
  if (need.kind === 'missing' || need.kind === 'link-invalid')
    return (
      <article className="feedback">
        {header}
        <p role="alert" className="notice error">
          {t('give.frameworkMissing', { id: request.frameworkId, version: request.frameworkVersion })}
        </p>
      </article>
    );
  const fw = need.framework;
  const team = audienceOf(fw) === 'team';

  function start() {
    const store = userDataStore.getState();
    if (need.kind === 'from-link') store.addFramework(summarizeFramework(fw), need.fileName, need.text);
    const id = store.create({
      frameworkId: request.frameworkId,
      frameworkVersion: request.frameworkVersion,
      title: request.name ? t('give.title', { name: request.name }) : t('give.titleUnnamed'),
      sections: [...request.sections],
      level: request.level,
      exercise: { id: request.id, notes: true, resultId: randomChars(RESULT_ID_LENGTH) },
      feedback: { to: request.name, goal: request.goal, rater: rater.trim().slice(0, MAX_NAME), kept: false },
    });
    navigate(hrefFor.assessment(id));
  }

  return (
    <article className="feedback feedback-give">
      {header}
      {/* Named, the heading already says to whom: the line says whose work is rated and where the answers go. */}
      <p className="feedback-to">
        {request.name
          ? t(team ? 'give.leadTeam' : 'give.lead', { name: request.name })
          : giveText(t, team, '')}
      </p>
      {request.message && (
        <figure className="feedback-message">
          <figcaption>
            {request.name ? t('give.messageFrom', { name: request.name }) : t('give.message')}
          </figcaption>
          <blockquote>{request.message}</blockquote>
        </figure>
      )}
      <p>
        {request.name
          ? t(request.goal ? 'give.goalYesNamed' : 'give.goalNoNamed', { name: request.name })
          : t(request.goal ? 'give.goalYes' : 'give.goalNo')}
      </p>
      {removed && !earlier && <AnswersRemoved to={request.name} team={team} />}
      {earlier ? (
        <section className="notice">
          <p>
            {t('give.earlier', {
              date: formatDate(
                earlier.createdAt,
                i18n.language,
                { dateStyle: 'medium' },
                t('errors:unknownDate'),
              ),
            })}
          </p>
          <p>
            <a className="button primary" href={hrefFor.assessment(earlier.id)}>
              {t('give.continue')}
            </a>
          </p>
          {ratersOnly(earlier) && (
            <RemoveAnswers
              requestId={request.id}
              to={request.name}
              team={team}
              onRemoved={() => setRemoved(true)}
            />
          )}
        </section>
      ) : (
        <form
          className="feedback-give-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <p>
            <label htmlFor={ids.rater}>{t('give.rater')}</label>
            <input
              id={ids.rater}
              value={rater}
              onChange={(e) => setRater(e.target.value)}
              maxLength={MAX_NAME}
              aria-describedby={ids.hint}
              autoComplete="off"
            />
            <small id={ids.hint} className="hint">
              {t('give.raterHint')}
            </small>
          </p>
          <p>
            <button type="submit" className="button primary">
              {t('give.start')}
            </button>
          </p>
        </form>
      )}
    </article>
  );
}

export default function GivePage({ param }: { param: string }) {
  const { t } = useTranslation('feedback');
  const [decoded, setDecoded] = useState<Decoded>({ status: 'reading' });
  useEffect(() => {
    let live = true;
    setDecoded({ status: 'reading' });
    decodeGive(param).then(
      (payload) => live && setDecoded(payload ? { status: 'ready', payload } : { status: 'unreadable' }),
      () => live && setDecoded({ status: 'unreadable' }),
    );
    return () => {
      live = false;
    };
  }, [param]);
  if (decoded.status === 'reading') return <p aria-busy="true">{t('give.loading')}</p>;
  if (decoded.status === 'unreadable')
    return (
      <section className="feedback" role="alert">
        <h1>{t('give.unreadable.heading')}</h1>
        <p>{t('give.unreadable.body')}</p>
      </section>
    );
  return <Give payload={decoded.payload} />;
}
