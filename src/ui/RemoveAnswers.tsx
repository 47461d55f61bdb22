// "Remove my answers from this device", on a rater's pages (the give page when
// the link is opened again, the hand-back panel): asks first, saying that the
// code already handed back still works for the person who asked; then the
// page says the answers are gone (`AnswersRemoved`) and the link starts afresh.
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userDataStore } from '../store/appStores.ts';
import { removeRatersAnswers } from '../store/removeAnswers.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import './removeAnswers.css';

/** Whom the answers were for: their name (empty: unnamed), and whether a team asked. */
export interface RemovedFor {
  to: string;
  team: boolean;
}

// The answers removed last in this tab (memory only), so that their page, now
// without them, says they were removed rather than "not found".
let lastRemoved: (RemovedFor & { ids: readonly string[] }) | null = null;

/** What was removed where assessment `id` was, if this tab removed it. */
export function removedHere(id: string): RemovedFor | null {
  return lastRemoved?.ids.includes(id) ? lastRemoved : null;
}

function stillWorks(t: TFunction<'feedback'>, { to, team }: RemovedFor): string {
  if (to) return t('remove.stillWorks', { name: to });
  return t(team ? 'remove.stillWorksTeamUnnamed' : 'remove.stillWorksUnnamed');
}

/** The button and the dialog that asks first; `onRemoved` once the answers are gone. */
export function RemoveAnswers({
  requestId,
  onRemoved,
  ...removedFor
}: RemovedFor & { requestId: string; onRemoved?(): void }) {
  const { t } = useTranslation('feedback');
  const [asking, setAsking] = useState(false);
  const hint = useId();
  return (
    <div className="remove-answers">
      <p className="row-actions">
        <button type="button" className="danger" aria-describedby={hint} onClick={() => setAsking(true)}>
          {t('remove.action')}
        </button>
        <small id={hint} className="hint">
          {t('remove.hint')}
        </small>
      </p>
      <ConfirmDialog
        open={asking}
        heading={t('remove.heading')}
        text={t('remove.text')}
        confirmLabel={t('remove.confirm')}
        onConfirm={() => {
          const ids = removeRatersAnswers(userDataStore, requestId);
          lastRemoved = { ...removedFor, ids };
          onRemoved?.();
        }}
        onClose={() => setAsking(false)}
      >
        <p>
          <strong>{stillWorks(t, removedFor)}</strong>
        </p>
      </ConfirmDialog>
    </div>
  );
}

/** What the page says once the answers are removed; it takes the focus. `page`: it is the page's heading. */
export function AnswersRemoved({ page = false, ...removedFor }: RemovedFor & { page?: boolean }) {
  const { t } = useTranslation('feedback');
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const Heading = page ? 'h1' : 'h2';
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="answers-removed" aria-labelledby={id}>
      <Heading id={id} ref={heading} tabIndex={-1}>
        {t('remove.done')}
      </Heading>
      <p>{stillWorks(t, removedFor)}</p>
      <p>{t('remove.afresh')}</p>
    </section>
  );
}
