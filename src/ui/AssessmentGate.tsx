// A page about one stored assessment (its results, its plan): the assessment and
// the framework version it was made with, or what the page shows while it has
// neither: "not found" (an id this device does not keep), loading, or the framework missing.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../domain/assessment/model.ts';
import { own } from '../domain/assessment/own.ts';
import type { Framework } from '../domain/framework/schema.ts';
import { useUserData } from '../store/appStores.ts';
import { AnswersRemoved, removedHere } from './RemoveAnswers.tsx';
import { useFramework } from './useFramework.ts';

export function AssessmentGate({
  id,
  children,
}: {
  id: string;
  children: (a: Assessment, fw: Framework) => ReactNode;
}) {
  const { t } = useTranslation(['common', 'questionnaire']);
  const a = useUserData((s) => own(s.assessments, id));
  const state = useFramework(a?.frameworkId ?? '', a?.frameworkVersion);
  const removed = a ? null : removedHere(id);
  if (removed) return <AnswersRemoved page {...removed} />;
  if (!a) {
    return (
      <>
        <h1>{t('common:status.notFound')}</h1>
        <p>{t('questionnaire:notFound')}</p>
      </>
    );
  }
  if (state.status === 'loading') return <p aria-busy="true">{t('common:status.loading')}</p>;
  if (state.status !== 'ready') return <p role="alert">{t('questionnaire:frameworkMissing')}</p>;
  return children(a, state.framework);
}
