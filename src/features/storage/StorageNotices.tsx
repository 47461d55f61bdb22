import { useTranslation } from 'react-i18next';
import { retrySaving } from '../../store/appStores.ts';
import { readKept, useSaveStatus } from '../../store/saveStatus.ts';
import { downloadText } from '../../ui/download.ts';
import { useAfterPaint } from '../../ui/useAfterPaint.ts';

function download(key: string): void {
  downloadText(`${key.replace(/[^\w.-]/g, '_')}.json`, readKept(key) ?? '', 'application/json');
}

/** Tells the user when saving fails and when stored data had to be kept aside. */
export function StorageNotices() {
  const { t } = useTranslation();
  // Only a failure shows here: "saving" and "saved" change nothing, so they render nothing.
  const error = useSaveStatus((s) => (s.status.kind === 'error' ? s.status.error : null));
  const recovered = useSaveStatus((s) => s.recovered);
  const dismiss = useSaveStatus((s) => s.dismissRecovered);
  return (
    <div className="notices">
      {error && (
        <div role="alert" className="notice error">
          <p>{t(`storage.${error}`)}</p>
          {error !== 'blocked' && (
            <button type="button" onClick={() => retrySaving()}>
              {t('storage.retry')}
            </button>
          )}
        </div>
      )}
      {recovered.map((r) => (
        <div role="alert" className="notice warning" key={r.key}>
          <p>{t(`storage.recovered.${r.reason}`)}</p>
          <button type="button" onClick={() => download(r.key)}>
            {t('storage.download')}
          </button>{' '}
          <button type="button" onClick={() => dismiss(r.key)}>
            {t('storage.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

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
