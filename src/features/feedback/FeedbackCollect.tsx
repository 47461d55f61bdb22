import type { ParseKeys } from 'i18next';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFeedback } from '../../domain/feedback/feedbackCode.ts';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import type { CodeProblem } from '../../domain/workshop/resultCode.ts';
import { userDataStore } from '../../store/appStores.ts';
import { CodesField, ResultFilesField, SaidList } from '../../ui/CollectFields.tsx';
import { useHandedOver } from '../../ui/pendingFile.ts';
import { useCollect } from '../../ui/useCollect.ts';

const CameraScan = lazy(() => import('../../ui/CameraScan.tsx'));

const problemKey = (p: CodeProblem) => `collect.problems.${p}` as ParseKeys<'feedback'>;

/** Codes typed or pasted, result files picked (or dropped anywhere): each acknowledged or refused with its reason. */
export function FeedbackCollect({ request, fw }: { request: FeedbackRequest; fw: Framework }) {
  const { t } = useTranslation('feedback');
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const { text, setText, messages, addTyped, addFiles, addScanned } = useCollect({
    read: (code) => {
      const read = readFeedback(code, request, fw);
      return read.ok ? { ok: true, resultId: read.feedback.resultId } : read;
    },
    keep: (resultId, code) => userDataStore.getState().addFeedback(request.id, resultId, code),
    count: () =>
      Object.values(userDataStore.getState().feedbackResults).filter((r) => r.requestId === request.id)
        .length,
    words: {
      refused: (number, problem) => t('collect.refused', { number, reason: t(problemKey(problem)) }),
      added: (number) => t('collect.added', { number }),
      updated: t('collect.updated'),
      duplicate: t('collect.duplicate'),
      fromFile: (file, message) => t('collect.fromFile', { file, message }),
      fileRefused: (file, problem) =>
        t('collect.fileRefused', {
          file,
          reason: t(problem === 'too-large' ? 'collect.fileTooLarge' : 'collect.fileNotResult'),
        }),
      none: t('collect.none'),
    },
  });

  // A feedback result file dropped anywhere on this request's page is added here.
  useHandedOver('feedback', (file) => void addFiles([file]));

  return (
    <section aria-labelledby="feedback-collect" className="feedback-collect">
      <h2 id="feedback-collect">{t('collect.heading')}</h2>
      <CodesField label={t('collect.codes')} hint={t('collect.codesHint')} value={text} onChange={setText} />
      <p className="row-actions">
        <button type="button" className="button primary" onClick={addTyped}>
          {t('collect.add')}
        </button>
        <button
          ref={scanButton}
          type="button"
          aria-expanded={scanning}
          onClick={() => setScanning((on) => !on)}
        >
          {t('collect.scan')}
        </button>
      </p>
      {scanning && (
        <Suspense fallback={<p aria-busy="true">{t('collect.scanLoading')}</p>}>
          <CameraScan
            intro={t('collect.scanIntro')}
            onText={addScanned}
            onClose={() => {
              setScanning(false);
              scanButton.current?.focus();
            }}
          />
        </Suspense>
      )}
      <ResultFilesField
        label={t('collect.files')}
        hint={t('collect.filesHint')}
        onFiles={(files) => void addFiles(files)}
      />
      <SaidList messages={messages} className="feedback-messages" />
    </section>
  );
}
