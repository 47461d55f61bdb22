// The links to each feedback request of an assessment, on its results: each
// says when it was asked and how many results it has (with the time where two
// were asked on the same day), so that several requests can be told apart.
import { useTranslation } from 'react-i18next';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import { distinctDates, listedRequests } from '../../domain/feedback/requestList.ts';
import { useUserData } from '../../store/appStores.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor } from '../../ui/routes.ts';

export function RequestLinks({ requests }: { requests: readonly FeedbackRequest[] }) {
  const { t, i18n } = useTranslation(['feedback', 'errors']);
  const collected = useUserData((s) => s.feedbackResults);
  const listed = listedRequests(requests, collected);
  const dateOf = (time: number, options: Intl.DateTimeFormatOptions) =>
    formatDate(time, i18n.language, options, t('errors:unknownDate'));
  const dates = distinctDates(
    listed.map((l) => dateOf(l.request.createdAt, { dateStyle: 'medium' })),
    listed.map((l) => dateOf(l.request.createdAt, { dateStyle: 'medium', timeStyle: 'short' })),
  );
  return (
    <ul className="request-links no-print">
      {listed.map(({ request, results }, i) => {
        const date = dates[i] ?? '';
        return (
          <li key={request.id}>
            <a href={hrefFor.feedback(request.id)}>{t('others.openRequest', { date, count: results })}</a>
          </li>
        );
      })}
    </ul>
  );
}
