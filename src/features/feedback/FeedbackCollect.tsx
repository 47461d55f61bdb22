import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { readFeedback } from '../../domain/feedback/feedbackCode.ts';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { userDataStore } from '../../store/appStores.ts';
import { CollectArea } from '../../ui/CollectArea.tsx';

/** Codes typed or pasted, result files picked (or dropped anywhere): each acknowledged or refused with its reason. */
export function FeedbackCollect({ request, fw }: { request: FeedbackRequest; fw: Framework }) {
  const { t } = useTranslation('feedback');
  return (
    <CollectArea
      text={(key, values = {}) => t(key, values)}
      problemText={(p) => t(`collect.problems.${p}` as ParseKeys<'feedback'>)}
      read={(code) => {
        const read = readFeedback(code, request, fw);
        return read.ok ? { ok: true, resultId: read.feedback.resultId } : read;
      }}
      keep={(resultId, code) => userDataStore.getState().addFeedback(request.id, resultId, code)}
      count={() =>
        Object.values(userDataStore.getState().feedbackResults).filter((r) => r.requestId === request.id)
          .length
      }
      handedOver="feedback"
      headingId="feedback-collect"
      className="feedback-collect"
      messagesClassName="feedback-messages"
      scanLoading={t('collect.scanLoading')}
      scanIntro={t('collect.scanIntro')}
    />
  );
}
