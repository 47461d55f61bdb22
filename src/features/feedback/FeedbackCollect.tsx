import type { ParseKeys } from 'i18next';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFeedback } from '../../domain/feedback/feedbackCode.ts';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { normalize } from '../../domain/workshop/base32.ts';
import { codesInFile, splitCodes } from '../../domain/workshop/collect.ts';
import type { CodeProblem } from '../../domain/workshop/resultCode.ts';
import { userDataStore } from '../../store/appStores.ts';
import { useHandedOver } from '../../ui/pendingFile.ts';

const CameraScan = lazy(() => import('../../ui/CameraScan.tsx'));

interface Message {
  text: string;
  ok: boolean;
}

const problemKey = (p: CodeProblem) => `collect.problems.${p}` as ParseKeys<'feedback'>;

/** Codes typed or pasted, result files picked (or dropped anywhere): each acknowledged or refused with its reason. */
export function FeedbackCollect({ request, fw }: { request: FeedbackRequest; fw: Framework }) {
  const { t } = useTranslation('feedback');
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<Message[]>([]);
  const [scanning, setScanning] = useState(false);
  const scanButton = useRef<HTMLButtonElement>(null);
  const ids = { codes: useId(), codesHint: useId(), files: useId(), filesHint: useId() };

  /** Adds codes; what each did, in words. Nothing stored changes for a code that does not read. */
  function add(codes: readonly string[], source?: string): Message[] {
    const store = userDataStore.getState();
    const count = () =>
      Object.values(userDataStore.getState().feedbackResults).filter((r) => r.requestId === request.id)
        .length;
    return codes.map((code, i) => {
      const read = readFeedback(code, request, fw);
      let message: Message;
      if (!read.ok)
        message = {
          ok: false,
          text: t('collect.refused', { number: i + 1, reason: t(problemKey(read.problem)) }),
        };
      else {
        const done = store.addFeedback(request.id, read.feedback.resultId, normalize(code) ?? code);
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
    if (!codes.length) return setMessages([{ ok: false, text: t('collect.none') }]);
    const said = add(codes);
    setMessages(said);
    // What did not read stays in the field, to be corrected.
    setText(codes.filter((_, i) => !said[i]?.ok).join('\n'));
  }

  async function addFiles(files: readonly File[]) {
    const said: Message[] = [];
    for (const file of files) {
      const read = codesInFile(await file.text().catch(() => ''));
      if (read.ok) said.push(...add(read.codes, file.name));
      else
        said.push({
          ok: false,
          text: t('collect.fileRefused', {
            file: file.name,
            reason: t(read.problem === 'too-large' ? 'collect.fileTooLarge' : 'collect.fileNotResult'),
          }),
        });
    }
    setMessages(said);
  }

  // A feedback result file dropped anywhere on this request's page is added here.
  useHandedOver('feedback', (file) => void addFiles([file]));

  return (
    <section aria-labelledby="feedback-collect" className="feedback-collect">
      <h2 id="feedback-collect">{t('collect.heading')}</h2>
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
      <div role="status" className="feedback-messages">
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
