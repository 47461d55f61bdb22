import { lazy, Suspense, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseChoice, CaseChoices as Choices } from '../../domain/exchange/caseChoice.ts';
import type { CaseNote } from '../../domain/exchange/caseImport.ts';
import type { FrameworkFileResult } from '../../domain/exchange/readFrameworkFile.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Problem } from '../../domain/framework/problems.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { type FrameworkSummary, summarizeFramework } from '../../domain/framework/summary.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { CHECK_TIME_LIMIT_MS, checkFrameworkFile, refusedBySize } from '../../store/frameworkCheck.ts';
import { isBuiltIn } from '../../store/frameworks.ts';
import { downloadText } from '../../ui/download.ts';
import { OtherKindNotice } from '../../ui/OtherKindNotice.tsx';
import { ProblemList } from '../../ui/ProblemList.tsx';
import { useHandedOver } from '../../ui/pendingFile.ts';
import { hrefFor } from '../../ui/routes.ts';
import { CaseNotes } from './CaseNotes.tsx';
import { CheckedSummary } from './CheckedSummary.tsx';
import { VersionChanges } from './VersionChanges.tsx';

const CaseChoices = lazy(() => import('./CaseChoices.tsx').then((m) => ({ default: m.CaseChoices })));

type State =
  | { kind: 'idle'; message?: string }
  | { kind: 'checking'; file: string }
  | { kind: 'unchecked'; file: string; reason: 'slow' | 'failed' }
  | { kind: 'invalid'; file: string; problems: Problem[]; lines: string[] }
  | { kind: 'assessment'; file: File }
  | {
      kind: 'valid';
      file: string;
      text: string;
      summary: FrameworkSummary;
      framework: Framework;
      caseNotes?: CaseNote[];
      source: string;
      choices?: Choices;
      pending?: boolean;
    };

/** The example framework, bundled (so the one-file build has it too). */
async function downloadExample() {
  const { default: example } = await import('../../../public/example-framework.yaml?raw');
  downloadText('example-framework.yaml', example, 'application/yaml');
}

/** "Add a framework": a file, a dropped file or pasted text, checked before anything is stored. */
export function AddFrameworkPanel() {
  const { t, i18n } = useTranslation('library');
  const ui = i18n.language;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const drop = useRef<HTMLDivElement>(null);
  const ids = { file: useId(), paste: useId() };
  const imported = useUserData((s) => s.frameworks);

  const checking = useRef<AbortController | null>(null);
  useEffect(() => () => checking.current?.abort(), []);

  /** Checks in a worker (the page keeps answering); a newer check replaces a running one. */
  async function check(text: string, file: string, original?: File, choice?: CaseChoice | null) {
    checking.current?.abort();
    // A choice being made (null) or made: the package stays shown, marked pending, while it is made again.
    if (choice === null) return setState((s) => (s.kind === 'valid' ? { ...s, pending: true } : s));
    const controller = new AbortController();
    checking.current = controller;
    if (!choice) setState({ kind: 'checking', file });
    const result = await checkFrameworkFile(text, file, { signal: controller.signal, choice });
    if (controller.signal.aborted) return;
    checking.current = null;
    if ('unchecked' in result) setState({ kind: 'unchecked', file, reason: result.unchecked });
    else if (!result.ok && result.found === 'assessment')
      setState({
        kind: 'assessment',
        file: original ?? new File([text], 'pasted.json', { type: 'application/json' }),
      });
    else show(result, text, file);
  }

  function show(result: FrameworkFileResult, text: string, file: string) {
    if (!result.ok) {
      setState({
        kind: 'invalid',
        file,
        problems: result.problems.slice(0, 50),
        lines: text.split(/\r\n|\r|\n/),
      });
      return;
    }
    const summary = summarizeFramework(result.framework);
    setState({
      kind: 'valid',
      file,
      text: result.text,
      summary,
      framework: result.framework,
      ...(result.caseNotes ? { caseNotes: result.caseNotes } : {}),
      source: text,
      ...(result.caseChoices ? { choices: result.caseChoices } : {}),
    });
  }

  async function open(file: File) {
    // A file too large by its size is refused before it is read.
    const refused = refusedBySize(file.size, file.name);
    if (!refused) return check(await file.text(), file.name, file);
    checking.current?.abort();
    show(refused, '', file.name);
  }

  // A framework or CASE package dropped elsewhere on the page is opened here.
  useHandedOver('framework', (file) => {
    drop.current?.scrollIntoView({ block: 'center' });
    void open(file);
  });

  // The drop zone's listeners, attached once; a drop opens the file with this render's open().
  const openDropped = useEffectEvent((file: File) => void open(file));
  useEffect(() => {
    const zone = drop.current;
    if (!zone) return;
    const over = (e: DragEvent) => e.preventDefault();
    const dropped = (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) openDropped(file);
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('drop', dropped);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('drop', dropped);
    };
  }, []);

  const valid = state.kind === 'valid' ? state : null;
  const existing = valid ? imported[valid.summary.id] : undefined;
  const takenByBuiltIn = valid ? isBuiltIn(valid.summary.id) : false;

  return (
    <section className="add-framework" aria-labelledby={`${ids.file}-h`}>
      <h2 id={`${ids.file}-h`}>{t('add.heading')}</h2>
      <p>{t('add.intro')}</p>
      <div className="drop-zone" ref={drop}>
        <label htmlFor={ids.file}>{t('add.file')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void open(file);
            e.target.value = '';
          }}
        />
        <small className="hint">{t('add.drop')}</small>
      </div>
      <details className="paste">
        <summary>{t('add.paste')}</summary>
        <label htmlFor={ids.paste} className="visually-hidden">
          {t('add.paste')}
        </label>
        <textarea
          id={ids.paste}
          rows={8}
          value={pasted}
          spellCheck={false}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button type="button" onClick={() => void check(pasted, t('add.pasted'))}>
          {t('add.check')}
        </button>
      </details>
      <p>
        <button type="button" className="link" onClick={() => void downloadExample()}>
          {t('add.example')}
        </button>{' '}
        <a href={hrefFor.guide()}>{t('add.guide')}</a>
      </p>
      <div role="status">
        {state.kind === 'idle' && state.message && <p className="toast">{state.message}</p>}
        {state.kind === 'checking' && <p className="toast">{t('add.checking', { file: state.file })}</p>}
      </div>
      {state.kind === 'unchecked' && (
        <div role="alert" className="notice error">
          <p>
            {state.reason === 'slow'
              ? t('add.tooSlow', { file: state.file, count: CHECK_TIME_LIMIT_MS / 1000 })
              : t('add.checkFailed', { file: state.file })}
          </p>
        </div>
      )}
      {state.kind === 'invalid' && (
        <div role="alert" className="notice error">
          <p>{t('add.invalid', { count: state.problems.length, file: state.file })}</p>
          <ProblemList problems={state.problems} lines={state.lines} />
        </div>
      )}
      {state.kind === 'assessment' && (
        <OtherKindNotice
          file={state.file}
          kind="assessment"
          message={t('add.isAssessment', { file: state.file.name })}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {valid && (
        <div className="notice">
          <p>{takenByBuiltIn ? t('add.builtInId', { id: valid.summary.id }) : t('add.valid')}</p>
          <CheckedSummary summary={valid.summary} />
          {valid.caseNotes && <CaseNotes notes={valid.caseNotes} />}
          {valid.choices && (
            <Suspense fallback={null}>
              <CaseChoices
                choices={valid.choices}
                pending={valid.pending === true}
                onChoose={(c) => void check(valid.source, valid.file, undefined, c)}
              />
            </Suspense>
          )}
          {existing && !takenByBuiltIn && (
            <p>
              {existing.version === valid.summary.version
                ? t('add.sameVersion', { version: existing.version })
                : t('add.replaceVersion', { old: existing.version, new: valid.summary.version })}
            </p>
          )}
          {existing && !takenByBuiltIn && existing.version !== valid.summary.version && (
            <VersionChanges id={existing.id} version={existing.version} next={valid.framework} />
          )}
          <p className="actions row-actions">
            {!takenByBuiltIn && (
              <button
                type="button"
                className="button primary"
                disabled={valid.pending}
                onClick={() => {
                  userDataStore.getState().addFramework(valid.summary, valid.file, valid.text);
                  setPasted('');
                  setState({
                    kind: 'idle',
                    message: t('add.added', {
                      title: localize(valid.summary.title, ui, valid.summary.sourceLanguage).text,
                    }),
                  });
                }}
              >
                {existing && existing.version !== valid.summary.version
                  ? t('add.replace', { version: valid.summary.version })
                  : t('add.confirm')}
              </button>
            )}
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {t('add.cancel')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
