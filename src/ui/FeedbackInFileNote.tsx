// What a saved file of assessments carries of others' feedback, said beside the
// button that saves it ("Save all as a file", an assessment's "Save as a file"):
// each rater's code as given, so names, notes and the answers of anonymous raters
// one by one, whom the app otherwise shows only as a group. Shown only when the
// file would carry any.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackInFile } from '../domain/assessment/assessmentFile.ts';
import type { Assessment } from '../domain/assessment/model.ts';
import { MIN_THRESHOLD } from '../domain/workshop/exerciseRecord.ts';
import { useUserData } from '../store/appStores.ts';

/** The note, under id `id` (the button's `aria-describedby`), or nothing when the file carries no feedback. */
export function FeedbackInFileNote({ assessments, id }: { assessments: readonly Assessment[]; id: string }) {
  const { t } = useTranslation('assessments');
  const feedbackRequests = useUserData((s) => s.feedbackRequests);
  const feedbackResults = useUserData((s) => s.feedbackResults);
  const carried = useMemo(
    () => feedbackInFile(assessments, { feedbackRequests, feedbackResults }).feedbackResults.length > 0,
    [assessments, feedbackRequests, feedbackResults],
  );
  if (!carried) return null;
  return (
    <p className="hint export-note" id={id}>
      {t('exportFeedbackNote', { min: MIN_THRESHOLD })}
    </p>
  );
}
