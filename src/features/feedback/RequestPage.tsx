// `#/feedback/<id>`: a feedback request: its link and QR code to send, the
// codes and files raters hand back, and who has given feedback so far.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackOf } from '../../domain/feedback/feedbackCode.ts';
import { raterCount } from '../../domain/feedback/raters.ts';
import { useUserData } from '../../store/appStores.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFramework } from '../../ui/useFramework.ts';
import { DeleteRequest } from './DeleteRequest.tsx';
import { FeedbackCollect } from './FeedbackCollect.tsx';
import { FeedbackLink } from './FeedbackLink.tsx';
import './feedback.css';
import { own } from '../../domain/assessment/own.ts';
import { audienceOf } from '../../domain/framework/audience.ts';

export default function RequestPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['feedback', 'common', 'errors']);
  const request = useUserData((s) => own(s.feedbackRequests, id));
  const a = useUserData((s) => (request ? own(s.assessments, request.assessmentId) : undefined));
  const results = useUserData((s) => s.feedbackResults);
  const state = useFramework(request?.frameworkId ?? '', request?.frameworkVersion);
  const fw = state.status === 'ready' ? state.framework : null;
  const given = useMemo(
    () => (fw && request ? feedbackOf(fw, [request], Object.values(results)) : []),
    [fw, request, results],
  );
  const title = a?.title ?? request?.name ?? '';
  useDocumentTitle(t('request.heading', { title }));
  if (!request)
    return (
      <>
        <h1>{t('common:status.notFound')}</h1>
        <p role="alert">{t('request.notFound')}</p>
      </>
    );
  const team = fw ? audienceOf(fw) === 'team' : false;
  const { received, anonymous, names } = raterCount(given);
  const ui = i18n.language;
  return (
    <article className="feedback feedback-request">
      {a && (
        <p className="breadcrumb">
          <a href={hrefFor.results(a.id)}>{a.title}</a>
        </p>
      )}
      <h1>{t('request.heading', { title })}</h1>
      <p className="muted">
        {t('request.asked', {
          date: formatDate(request.createdAt, ui, { dateStyle: 'medium' }, t('errors:unknownDate')),
        })}
      </p>
      {request.message && <p className="feedback-message">{request.message}</p>}
      <FeedbackLink request={request} />
      {state.status !== 'loading' && !fw && (
        <p role="alert" className="notice error">
          {t('give.frameworkMissing', { id: request.frameworkId, version: request.frameworkVersion })}
        </p>
      )}
      {fw && <FeedbackCollect request={request} fw={fw} />}
      <div className="feedback-received" role="status">
        <p>
          {received ? t('request.received', { count: received }) : t('request.nobody')}{' '}
          {anonymous > 0 && t('request.anonymous', { count: anonymous })}{' '}
          {names.length > 0 && t('request.namedList', { names: new Intl.ListFormat(ui).format(names) })}
        </p>
        {a && received > 0 && (
          <p>
            <a className="button secondary" href={`${hrefFor.results(a.id)}`}>
              {t(team ? 'request.resultsTeam' : 'request.results')}
            </a>
          </p>
        )}
      </div>
      <DeleteRequest request={request} assessmentKept={!!a} />
    </article>
  );
}
