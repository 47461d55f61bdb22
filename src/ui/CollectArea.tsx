// The collect section of a workshop's page and of a feedback request's page:
// codes typed or pasted, scanned with the camera, result files picked or dropped
// on it (or anywhere on the page, handed over); each acknowledged or refused with
// its reason (useCollect). The two pages differ only in how a code is read and
// kept and in their namespace's words, which share the keys below.
import { type DragEvent, lazy, Suspense, useRef, useState } from 'react';
import type { CodeProblem } from '../domain/workshop/resultCode.ts';
import { CodesField, ResultFilesField, SaidList } from './CollectFields.tsx';
import { type FileDestination, useHandedOver } from './pendingFile.ts';
import { type Collector, useCollect } from './useCollect.ts';

const CameraScan = lazy(() => import('./CameraScan.tsx'));

type CollectKey = `collect.${
  | 'heading'
  | 'codes'
  | 'codesHint'
  | 'add'
  | 'scan'
  | 'none'
  | 'added'
  | 'updated'
  | 'duplicate'
  | 'refused'
  | 'files'
  | 'filesHint'
  | 'fileRefused'
  | 'fileTooLarge'
  | 'fileNotResult'
  | 'fromFile'}`;

/** A page's namespace's `collect.*` strings (the same keys in `workshop` and `feedback`). */
export type CollectText = (key: CollectKey, values?: Record<string, string | number>) => string;

interface Props extends Omit<Collector, 'words'> {
  text: CollectText;
  problemText(problem: CodeProblem): string;
  /** Where a result file dropped anywhere on the page is handed to (pendingFile.ts). */
  handedOver: Extract<FileDestination, 'result' | 'feedback'>;
  headingId: string;
  className: string;
  messagesClassName: string;
  scanLoading: string;
  scanIntro?: string;
}

export function CollectArea(props: Props) {
  const { text: t, problemText, handedOver, headingId, className, messagesClassName } = props;
  const [dragging, setDragging] = useState(false);
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const { text, setText, messages, addTyped, addFiles, addScanned } = useCollect({
    read: props.read,
    keep: props.keep,
    count: props.count,
    words: {
      refused: (number, problem) => t('collect.refused', { number, reason: problemText(problem) }),
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

  useHandedOver(handedOver, (file) => void addFiles([file]));

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  }

  return (
    <section
      aria-labelledby={headingId}
      className={dragging ? `${className} dragging` : className}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h2 id={headingId}>{t('collect.heading')}</h2>
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
        <Suspense fallback={<p aria-busy="true">{props.scanLoading}</p>}>
          <CameraScan
            {...(props.scanIntro ? { intro: props.scanIntro } : {})}
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
      <SaidList messages={messages} className={messagesClassName} />
    </section>
  );
}
