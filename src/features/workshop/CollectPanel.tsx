import { type DragEvent, lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise, ExerciseLayout } from '../../domain/workshop/exercise.ts';
import { decodeResult } from '../../domain/workshop/resultCode.ts';
import { codesOf } from '../../domain/workshop/results.ts';
import { userDataStore } from '../../store/appStores.ts';
import { CodesField, ResultFilesField, SaidList } from '../../ui/CollectFields.tsx';
import { useHandedOver } from '../../ui/pendingFile.ts';
import { useCollect } from '../../ui/useCollect.ts';
import { CODE_PROBLEM } from './problemText.ts';

const CameraScan = lazy(() => import('../../ui/CameraScan.tsx'));

/** "Collect": codes typed or pasted, result files picked or dropped; each acknowledged or refused with its reason. */
export function CollectPanel({ exercise, layout }: { exercise: Exercise; layout: ExerciseLayout }) {
  const { t } = useTranslation('workshop');
  const [dragging, setDragging] = useState(false);
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const { text, setText, messages, addTyped, addFiles, addScanned } = useCollect({
    read: (code) => {
      const read = decodeResult(code, exercise, layout);
      return read.ok ? { ok: true, resultId: read.result.resultId } : read;
    },
    keep: (resultId, code) => userDataStore.getState().addResult(exercise.id, resultId, code),
    count: () => codesOf(userDataStore.getState().workshopResults, exercise.id).length,
    words: {
      refused: (number, problem) => t('collect.refused', { number, reason: t(CODE_PROBLEM[problem]) }),
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

  // A result file dropped anywhere on this workshop's page is added here.
  useHandedOver('result', (file) => void addFiles([file]));

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  }

  return (
    <section
      aria-labelledby="workshop-collect"
      className={dragging ? 'collect dragging' : 'collect'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h2 id="workshop-collect">{t('collect.heading')}</h2>
      <CodesField label={t('collect.codes')} hint={t('collect.codesHint')} value={text} onChange={setText} />
      <p className="row-actions">
        <button type="button" className="button primary" onClick={addTyped}>
          {t('collect.add')}
        </button>
      </p>
      <p className="row-actions">
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
        <Suspense fallback={<p aria-busy="true">{t('present.loading')}</p>}>
          <CameraScan
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
      <SaidList messages={messages} className="collect-messages" />
    </section>
  );
}
