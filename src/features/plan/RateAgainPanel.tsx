import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/**
 * Where the calendar reminder's link leads: rate the assessment again (a new
 * assessment made on a click, so opening the link twice makes no copy), or open
 * a follow-up already made.
 */
export function RateAgainPanel({ a, fw }: { a: Assessment; fw: Framework }) {
  const { t, i18n } = useTranslation(['plan', 'start', 'errors']);
  const ui = i18n.language;
  const audience = audienceOf(fw);
  const heading = t('again.heading', { title: a.title });
  useDocumentTitle(heading);
  const assessments = useUserData((s) => s.assessments);
  const followUps = Object.values(assessments)
    .filter((x) => x.previousId === a.id)
    .sort((x, y) => y.createdAt - x.createdAt);
  const rateAgain = () => {
    const id = userDataStore.getState().rateAgain(
      a.id,
      t('start:titleDefault', {
        framework: localize(fw.title, ui, fw.sourceLanguage).text,
        date: formatDate(Date.now(), ui, { dateStyle: 'medium' }, t('errors:unknownDate')),
      }),
    );
    if (id) navigate(hrefFor.assessment(id), { replace: true });
  };
  return (
    <article className="plan-page">
      <h1>{heading}</h1>
      <p className="lead">{t('again.intro', { context: audience })}</p>
      <p className="actions">
        <button type="button" className="button primary" onClick={rateAgain}>
          {t('again.start')}
        </button>
        <a href={hrefFor.plan(a.id)}>{t('again.seePlan', { context: audience })}</a>
      </p>
      {followUps.length > 0 && (
        <section aria-labelledby="again-made-heading">
          <h2 id="again-made-heading">{t('again.made', { count: followUps.length })}</h2>
          <ul>
            {followUps.map((f) => (
              <li key={f.id}>
                <a href={hrefFor.assessment(f.id)}>{f.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
