import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assessment, MAX_TITLE } from '../../domain/assessment/model.ts';
import { asksGoal, progressOf, scopedItemIds, scopeOf } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { userDataStore } from '../../store/appStores.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';

interface Props {
  assessment: Assessment;
  /** The title, told apart from others with the same title (`distinctLabels`). */
  label: string;
  fw: Framework | undefined;
  previous: Assessment | undefined;
  /** The earlier assessment's title as the list tells it apart. */
  previousLabel: string;
  onDelete(a: Assessment): void;
  /** Moves focus to this row's title (after an undo brought it back). */
  focus?: boolean;
}

export function AssessmentRow({
  assessment: a,
  label,
  fw,
  previous,
  previousLabel,
  onDelete,
  focus = false,
}: Props) {
  const { t, i18n } = useTranslation(['assessments', 'errors', 'start', 'results']);
  const ui = i18n.language;
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(a.title);
  // Why a new title was not saved: empty, or longer than a title may be.
  const [titleProblem, setTitleProblem] = useState<string | null>(null);
  const problemId = useId();
  const inputId = useId();
  const headingId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleLink = useRef<HTMLAnchorElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!renaming && refocus.current) renameButton.current?.focus();
    refocus.current = false;
  }, [renaming]);
  useEffect(() => {
    if (focus) titleLink.current?.focus();
  }, [focus]);
  const stopRenaming = () => {
    refocus.current = true;
    setRenaming(false);
  };
  const date = (ms: number) =>
    formatDate(ms, ui, { dateStyle: 'medium', timeStyle: 'short' }, t('errors:unknownDate'));
  const progress = fw ? progressOf(scopedItemIds(scopeOf(fw, a)), a.answers, asksGoal(a)) : null;

  const rateAgain = () => {
    const id = userDataStore.getState().rateAgain(
      a.id,
      t('start:titleDefault', {
        framework: fw ? localize(fw.title, ui, fw.sourceLanguage).text : a.title,
        date: formatDate(Date.now(), ui, { dateStyle: 'medium' }, t('errors:unknownDate')),
      }),
    );
    if (id) navigate(hrefFor.assessment(id));
  };

  return (
    <li className="assessment card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a ref={titleLink} href={hrefFor.assessment(a.id)}>
          {label}
        </a>
      </h2>
      {previous && <p className="muted">{t('followUpOf', { title: previousLabel })}</p>}
      <dl className="facts">
        {a.subjectName && (
          <div>
            <dt>{t('results:reportFor')}</dt>
            <dd>{a.subjectName}</dd>
          </div>
        )}
        <div>
          <dt>{t('framework')}</dt>
          <dd>{fw ? localize(fw.title, ui, fw.sourceLanguage).text : a.frameworkId}</dd>
        </div>
        <div>
          <dt>{t('updated')}</dt>
          <dd>{date(a.updatedAt)}</dd>
        </div>
        {progress && (
          <div>
            <dt>{t('progress')}</dt>
            <dd>
              {t('progressValue', { rated: progress.rated, total: progress.total })}{' '}
              <progress max={progress.total} value={progress.rated} aria-hidden="true" />
            </dd>
          </div>
        )}
      </dl>
      {renaming ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            const next = title.trim();
            const problem = !next
              ? t('titleEmpty')
              : next.length > MAX_TITLE
                ? t('titleTooLong', { count: next.length, max: MAX_TITLE })
                : null;
            setTitleProblem(problem);
            if (problem) return;
            userDataStore.getState().updateMeta(a.id, { title: next });
            stopRenaming();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') stopRenaming();
          }}
        >
          <label htmlFor={inputId}>{t('newTitle')}</label>
          <input
            id={inputId}
            ref={(el) => el?.focus()}
            value={title}
            aria-invalid={titleProblem ? true : undefined}
            aria-describedby={titleProblem ? problemId : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          {titleProblem && (
            <p id={problemId} className="field-error" role="alert">
              {titleProblem}
            </p>
          )}
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={stopRenaming}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <p className="actions row-actions">
          <a
            className="button primary"
            href={hrefFor.assessment(a.id)}
            aria-label={t('openNamed', { title: label })}
          >
            {t('open')}
          </a>
          <a
            className="button secondary"
            href={hrefFor.results(a.id)}
            aria-label={t('resultsNamed', { title: label })}
          >
            {t('results')}
          </a>
          <button
            ref={renameButton}
            type="button"
            onClick={() => {
              setTitle(a.title);
              setTitleProblem(null);
              setRenaming(true);
            }}
            aria-label={t('renameNamed', { title: label })}
          >
            {t('rename')}
          </button>
          <button type="button" onClick={rateAgain} aria-label={t('rateAgainNamed', { title: label })}>
            {t('rateAgain')}
          </button>
          <button type="button" onClick={() => onDelete(a)} aria-label={t('deleteNamed', { title: label })}>
            {t('delete')}
          </button>
        </p>
      )}
    </li>
  );
}
