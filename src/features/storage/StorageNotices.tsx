import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keptData, retrySaving } from '../../store/appStores.ts';
import type { SaveError } from '../../store/durableStorage.ts';
import { useSaveStatus } from '../../store/saveStatus.ts';
import { hrefFor } from '../../ui/routes.ts';
import { downloadStoredData } from '../../ui/storedData.ts';

const MESSAGES: Record<SaveError, ParseKeys> = {
  quota: 'storage.quota',
  unavailable: 'storage.unavailable',
  blocked: 'storage.blocked',
  newer: 'storage.newer',
};

/** Saving has stopped: why, and what the user can do about it. */
function SaveErrorNotice({ error }: { error: SaveError }) {
  const { t } = useTranslation();
  const [downloaded, setDownloaded] = useState(false);
  return (
    <div role="alert" className="notice error">
      <p>{t(MESSAGES[error])}</p>
      {(error === 'quota' || error === 'unavailable') && (
        <button type="button" onClick={() => retrySaving()}>
          {t('storage.retry')}
        </button>
      )}
      {error === 'newer' && (
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      )}
      {error === 'blocked' && (
        <>
          <button
            type="button"
            onClick={() => {
              downloadStoredData();
              setDownloaded(true);
            }}
          >
            {t('storage.downloadStored')}
          </button>{' '}
          {downloaded && (
            <button type="button" onClick={() => keptData.overwriteUnreadable()}>
              {t('storage.overwrite')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** Tells the user when saving fails, and about kept-aside data until they have seen it. */
export function StorageNotices() {
  const { t } = useTranslation();
  // Only a failure shows here: "saving" and "saved" change nothing, so they render nothing.
  const error = useSaveStatus((s) => (s.status.kind === 'error' ? s.status.error : null));
  const unseen = useSaveStatus((s) => s.backups.filter((b) => !b.seen).length);
  return (
    <div className="notices">
      {error && <SaveErrorNotice error={error} />}
      {unseen > 0 && (
        <div role="alert" className="notice warning">
          <p>{t('storage.kept.notice', { count: unseen })}</p>
          <a className="button" href={hrefFor.keptData()}>
            {t('storage.kept.show')}
          </a>
        </div>
      )}
    </div>
  );
}
