// On the pages of a rater's assessment made from a feedback link (the
// questionnaire, the results): whose work they rate, that the answers go
// only to that person, and "Keep a copy for myself" (until then the
// assessment is not in their list).
import { useTranslation } from 'react-i18next';
import { audienceOf } from '../domain/framework/audience.ts';
import type { Framework } from '../domain/framework/schema.ts';
import { userDataStore, useUserData } from '../store/appStores.ts';
import { giveText } from './giveText.ts';

export function FeedbackBanner({ assessmentId, fw }: { assessmentId: string; fw: Framework }) {
  const { t } = useTranslation('feedback');
  const feedback = useUserData((s) => s.assessments[assessmentId]?.feedback);
  if (!feedback) return null;
  return (
    <div className="notice feedback-banner" role="note">
      <p>{giveText(t, audienceOf(fw) === 'team', feedback.to)}</p>
      {feedback.kept ? (
        <p>{t('banner.kept')}</p>
      ) : (
        <p className="row-actions">
          <button
            type="button"
            aria-describedby="feedback-keep-hint"
            onClick={() => userDataStore.getState().keepFeedbackCopy(assessmentId)}
          >
            {t('banner.keep')}
          </button>
          <small id="feedback-keep-hint" className="hint">
            {t('banner.keepHint')}
          </small>
        </p>
      )}
    </div>
  );
}
