import { useTranslation } from 'react-i18next';
import { whatDeletionTakes } from '../../domain/assessment/deletion.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import { audienceOf } from '../../domain/framework/audience.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

interface Props {
  assessment: Assessment | null;
  /** Its framework, where loaded: who the plan belongs to (a person's or a team's). */
  fw: Framework | undefined;
  /** An assessment as the list names it (told apart from others of the same title). */
  labelOf(a: Assessment): string;
  onClose(): void;
}

/** Asks before an assessment is deleted, saying what goes with it: its feedback, and what its follow-ups show of it. */
export function DeleteDialog({ assessment, fw, labelOf, onClose }: Props) {
  const { t, i18n } = useTranslation('assessments');
  const assessments = useUserData((s) => s.assessments);
  const feedbackRequests = useUserData((s) => s.feedbackRequests);
  const feedbackResults = useUserData((s) => s.feedbackResults);
  const takes =
    assessment && whatDeletionTakes({ assessments, feedbackRequests, feedbackResults }, assessment.id);
  const audience = fw ? audienceOf(fw) : 'person';
  const titles =
    takes &&
    new Intl.ListFormat(i18n.language).format(takes.followUps.map((a) => t('quoted', { title: labelOf(a) })));
  return (
    <ConfirmDialog
      open={assessment !== null}
      heading={t('confirmHeading')}
      text={
        !assessment
          ? ''
          : takes?.plan
            ? t('confirmTextPlan', { title: labelOf(assessment), context: audience })
            : t('confirmText', { title: labelOf(assessment) })
      }
      confirmLabel={t('confirm')}
      onConfirm={() => {
        if (assessment) userDataStore.getState().remove(assessment.id);
      }}
      onClose={onClose}
    >
      {takes && takes.followUps.length > 0 && (
        <p>
          {t(takes.planShown ? 'confirmFollowUp' : 'confirmFollowUpLevels', {
            count: takes.followUps.length,
            titles,
            context: audience,
          })}
        </p>
      )}
      {takes && takes.results > 0 && <p>{t('confirmFeedback', { count: takes.results })}</p>}
      {takes && takes.results === 0 && takes.requests > 0 && (
        <p>{t('confirmRequests', { count: takes.requests })}</p>
      )}
    </ConfirmDialog>
  );
}
