// "Delete this request", on a request's page while no result is collected for
// it (a request made twice, or never sent): asks first, then goes back to the
// assessment's results (or the list, where the assessment is gone).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import { deletable } from '../../domain/feedback/requestList.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { deleteFeedbackRequest } from '../../store/deleteRequest.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { hrefFor, navigate } from '../../ui/routes.ts';

export function DeleteRequest({
  request,
  assessmentKept,
}: {
  request: FeedbackRequest;
  assessmentKept: boolean;
}) {
  const { t } = useTranslation('feedback');
  const [asking, setAsking] = useState(false);
  const hint = useId();
  const allowed = useUserData((s) => deletable(request.id, s.feedbackResults));
  if (!allowed) return null;
  return (
    <div className="delete-request no-print">
      <p className="row-actions">
        <button type="button" className="danger" aria-describedby={hint} onClick={() => setAsking(true)}>
          {t('request.delete')}
        </button>
        <small id={hint} className="hint">
          {t('request.deleteHint')}
        </small>
      </p>
      <ConfirmDialog
        open={asking}
        heading={t('request.deleteHeading')}
        text={t('request.deleteText')}
        confirmLabel={t('request.deleteConfirm')}
        onConfirm={() => {
          if (deleteFeedbackRequest(userDataStore, request.id))
            navigate(assessmentKept ? hrefFor.results(request.assessmentId) : hrefFor.assessments());
        }}
        onClose={() => setAsking(false)}
      />
    </div>
  );
}
