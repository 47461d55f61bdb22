import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FeedbackOutcome, type ImportMode, mergeImport } from '../../domain/assessment/importMerge.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import { own } from '../../domain/assessment/own.ts';
import type { FileFeedback } from '../../domain/feedback/importedFeedback.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Problem } from '../../domain/framework/problems.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { allFrameworkIds, loadFramework } from '../../store/frameworks.ts';
import { importAssessments } from '../../store/importAssessments.ts';
import type { KnownKind } from '../../ui/filePlace.ts';
import { JsonFileInput } from '../../ui/JsonFileInput.tsx';
import { OtherKindNotice, otherKind } from '../../ui/OtherKindNotice.tsx';
import { ProblemList } from '../../ui/ProblemList.tsx';
import { useHandedOver } from '../../ui/pendingFile.ts';

const MB = 1024 * 1024;

type State =
  | { kind: 'idle'; message?: string }
  | { kind: 'failed'; file: string; problems: Problem[]; lines: string[] }
  /** A file of another kind (a framework, a workshop file…): said, and sent where it is opened. */
  | { kind: 'other'; file: File; found: Exclude<KnownKind, 'assessment'> }
  | {
      kind: 'preview';
      assessments: Assessment[];
      feedback: FileFeedback;
      frameworks: Map<string, Framework>;
    };

/** Opens a file saved with "Save as a file": shows what it holds, asks before replacing anything. */
export function ImportPanel() {
  const { t, i18n } = useTranslation(['assessments', 'files']);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [modes, setModes] = useState<Record<string, ImportMode>>({});
  const existing = useUserData((s) => s.assessments);
  const requests = useUserData((s) => s.feedbackRequests);
  const results = useUserData((s) => s.feedbackResults);

  async function open(file: File) {
    const { parseImport, refusedBySize } = await import('../../domain/assessment/importFile.ts');
    const refused = refusedBySize(file.size, file.name);
    if (refused) return setState({ kind: 'failed', file: file.name, problems: [refused], lines: [] });
    const text = await file.text();
    const found = await otherKind(text, ['assessment']);
    if (found) return setState({ kind: 'other', file, found });
    const loaded = await Promise.allSettled(allFrameworkIds().map((id) => loadFramework(id)));
    const frameworks = new Map<string, Framework>();
    for (const r of loaded)
      if (r.status === 'fulfilled' && r.value.ok) frameworks.set(r.value.framework.id, r.value.framework);
    const result = parseImport(text, file.name, (id) => frameworks.get(id));
    if (!result.ok) {
      setState({
        kind: 'failed',
        file: file.name,
        problems: result.problems,
        lines: text.split(/\r\n|\r|\n/),
      });
      return;
    }
    setModes(
      Object.fromEntries(result.assessments.map((a) => [a.id, own(existing, a.id) ? 'keep-both' : 'add'])),
    );
    setState({ kind: 'preview', assessments: result.assessments, feedback: result.feedback, frameworks });
  }

  // A saved file recognised elsewhere (the add panel, a drop anywhere on the page): opened here.
  useHandedOver('assessments', (file) => void open(file));

  const items = (assessments: Assessment[]) =>
    assessments.map((a) => ({ assessment: a, mode: modes[a.id] ?? 'keep-both' }));

  function confirm(assessments: Assessment[], feedback: FileFeedback) {
    const count = importAssessments(userDataStore, items(assessments), Date.now(), feedback).length;
    setState({ kind: 'idle', message: t('importDone', { count }) });
  }
  // What becomes of each assessment's others' results, as the choices of "keep both" or "replace" stand:
  // what opening the file would do now (the merge's own report, not a second rule).
  const outcomes = useMemo(() => {
    if (state.kind !== 'preview') return null;
    const kept = { assessments: existing, feedbackRequests: requests, feedbackResults: results };
    const chosen = state.assessments.map((a) => ({ assessment: a, mode: modes[a.id] ?? 'keep-both' }));
    return mergeImport(kept, chosen, state.feedback, Date.now(), () => '').feedback;
  }, [state, modes, existing, requests, results]);

  return (
    <div className="import-panel">
      <JsonFileInput label={t('import')} hint={t('importHint')} onFile={(file) => void open(file)} />
      <div role="status">
        {state.kind === 'idle' && state.message && <p className="toast">{state.message}</p>}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="notice error">
          <p>{t('importFailed', { file: state.file })}</p>
          {state.problems[0]?.code === 'file-too-large' ? (
            <p>
              {t('importTooLarge', {
                size: Math.ceil(Number(state.problems[0].params.size) / MB),
                limit: Number(state.problems[0].params.limit) / MB,
              })}
            </p>
          ) : (
            <ProblemList problems={state.problems} lines={state.lines} />
          )}
        </div>
      )}
      {state.kind === 'other' && (
        <OtherKindNotice
          file={state.file}
          kind={state.found}
          message={t(`files:assessments.${state.found}`, { file: state.file.name })}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'preview' && (
        <div className="notice">
          <h3>{t('importHeading')}</h3>
          <ul>
            {state.assessments.map((a) => {
              const fw = state.frameworks.get(a.frameworkId);
              const framework = fw
                ? localize(fw.title, i18n.language, fw.sourceLanguage).text
                : a.frameworkId;
              return (
                <li key={a.id}>
                  {t('importAssessment', { title: a.title, framework, count: Object.keys(a.answers).length })}
                  <FeedbackLines outcome={outcomes?.get(a.id)} />
                  {own(existing, a.id) && (
                    <fieldset>
                      <legend>{t('importConflict')}</legend>
                      {(['keep-both', 'replace'] as const).map((mode) => (
                        <label key={mode} className="choice">
                          <input
                            type="radio"
                            name={`import-${a.id}`}
                            checked={(modes[a.id] === 'replace' ? 'replace' : 'keep-both') === mode}
                            onChange={() => setModes((m) => ({ ...m, [a.id]: mode }))}
                          />
                          {t(mode === 'replace' ? 'replace' : 'keepBoth')}
                        </label>
                      ))}
                    </fieldset>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="actions row-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => confirm(state.assessments, state.feedback)}
            >
              {t('importConfirm')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {t('importCancel')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

/** What becomes of an assessment's others' feedback, each on a line of its own. */
function FeedbackLines({ outcome }: { outcome: FeedbackOutcome | undefined }) {
  const { t } = useTranslation('assessments');
  if (!outcome) return null;
  const lines = [
    outcome.coming > 0 && t('importFeedback', { count: outcome.coming }),
    outcome.joining > 0 && t('importFeedbackJoins', { count: outcome.joining }),
    outcome.refused > 0 && t('importFeedbackRefused', { count: outcome.refused }),
  ];
  return lines.map(
    (line) =>
      line && (
        <span key={line} className="import-feedback">
          {line}
        </span>
      ),
  );
}
