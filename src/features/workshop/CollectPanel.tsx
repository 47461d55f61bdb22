import { type DragEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalize } from '../../domain/workshop/base32.ts';
import { codesInFile, splitCodes } from '../../domain/workshop/collect.ts';
import type { Exercise, ExerciseLayout } from '../../domain/workshop/exercise.ts';
import { decodeResult } from '../../domain/workshop/resultCode.ts';
import { codesOf } from '../../domain/workshop/results.ts';
import { userDataStore } from '../../store/appStores.ts';
import { useHandedOver } from '../../ui/pendingFile.ts';
import { CODE_PROBLEM } from './problemText.ts';

const CameraScan = lazy(() => import('../../ui/CameraScan.tsx'));

interface Message {
  text: string;
  ok: boolean;
}

/** "Collect": codes typed or pasted, result files picked or dropped; each acknowledged or refused with its reason. */
export function CollectPanel({ exercise, layout }: { exercise: Exercise; layout: ExerciseLayout }) {
  const { t } = useTranslation('workshop');
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<Message[]>([]);
  const [dragging, setDragging] = useState(false);
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const ids = { codes: useId(), codesHint: useId(), files: useId(), filesHint: useId() };

  /** Adds codes; what each did, in words. Nothing stored changes for a code that does not read. */
  function add(codes: readonly string[], source?: string): Message[] {
    const store = userDataStore.getState();
    const count = () => codesOf(userDataStore.getState().workshopResults, exercise.id).length;
    return codes.map((code, i) => {
      const read = decodeResult(code, exercise, layout);
      let message: Message;
      if (!read.ok)
        message = {
          ok: false,
          text: t('collect.refused', { number: i + 1, reason: t(CODE_PROBLEM[read.problem]) }),
        };
      else {
        // Kept as typed characters only (no dashes, upper case): the same code counts once however it was written.
        const done = store.addResult(exercise.id, read.result.resultId, normalize(code) ?? code);
        message = {
          ok: true,
          text:
            done === 'added'
              ? t('collect.added', { number: count() })
              : t(done === 'updated' ? 'collect.updated' : 'collect.duplicate'),
        };
      }
      return source
        ? { ...message, text: t('collect.fromFile', { file: source, message: message.text }) }
        : message;
    });
  }

  function addTyped() {
    const codes = splitCodes(text);
    if (!codes.length) {
      setMessages([{ ok: false, text: t('collect.none') }]);
      return;
    }
    const said = add(codes);
    setMessages(said);
    // What did not read stays in the field, to be corrected.
    setText(codes.filter((_, i) => !said[i]?.ok).join('\n'));
  }

  async function addFiles(files: readonly File[]) {
    const said: Message[] = [];
    for (const file of files) {
      const read = codesInFile(await file.text().catch(() => ''));
      if (!read.ok)
        said.push({
          ok: false,
          text: t('collect.fileRefused', {
            file: file.name,
            reason: t(read.problem === 'too-large' ? 'collect.fileTooLarge' : 'collect.fileNotResult'),
          }),
        });
      else said.push(...add(read.codes, file.name));
    }
    setMessages(said);
  }

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
      <p>
        <label htmlFor={ids.codes}>{t('collect.codes')}</label>
        <textarea
          id={ids.codes}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={4}
          spellCheck={false}
          autoCapitalize="characters"
          autoComplete="off"
          aria-describedby={ids.codesHint}
          className="codes"
        />
        <small id={ids.codesHint} className="hint">
          {t('collect.codesHint')}
        </small>
      </p>
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
            onText={(read) => setMessages((m) => [...add(splitCodes(read)), ...m].slice(0, 50))}
            onClose={() => {
              setScanning(false);
              scanButton.current?.focus();
            }}
          />
        </Suspense>
      )}
      <p>
        <label htmlFor={ids.files}>{t('collect.files')}</label>
        <input
          id={ids.files}
          type="file"
          multiple
          accept=".json,.txt,application/json,text/plain"
          aria-describedby={ids.filesHint}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void addFiles(files);
          }}
        />
        <small id={ids.filesHint} className="hint">
          {t('collect.filesHint')}
        </small>
      </p>
      <div role="status" className="collect-messages">
        {messages.length > 0 && (
          <ul>
            {messages.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one message per code, in order, replaced as a whole
              <li key={i} className={m.ok ? 'ok' : 'refused'}>
                {m.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
