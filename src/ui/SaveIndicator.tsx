import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../store/saveStatus.ts';
import { useAfterPaint } from './useAfterPaint.ts';

/** "Saving…" follows a change after the paint, so that the change itself shows first. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useAfterPaint(useSaveStatus, (s) => s.status, 'status');
  const text =
    status.kind === 'saved' || status.kind === 'idle'
      ? t('save.saved')
      : status.kind === 'pending'
        ? t('save.saving')
        : t('save.notSaved');
  return <span className={`save-indicator ${status.kind}`}>{text}</span>;
}
