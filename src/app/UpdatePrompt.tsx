import { useTranslation } from 'react-i18next';
import { retrySaving } from '../store/appStores.ts';
import { reloadToUpdate, useAppUpdate } from '../store/appUpdate.ts';

/** A new version is ready: the user chooses when to reload, after everything is saved. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const needRefresh = useAppUpdate((s) => s.needRefresh);
  const offlineReady = useAppUpdate((s) => s.offlineReady);
  const dismiss = useAppUpdate((s) => s.dismiss);
  if (!needRefresh && !offlineReady) return null;
  return (
    // "Works offline now" needs no decision: one compact line, not a third of a phone screen.
    <div className={needRefresh ? 'notice update' : 'notice update compact'} role="status">
      <p>{needRefresh ? t('update.available') : t('update.offlineReady')}</p>
      {needRefresh && (
        <button
          type="button"
          className="button primary"
          onClick={() => {
            retrySaving();
            reloadToUpdate();
          }}
        >
          {t('update.reload')}
        </button>
      )}{' '}
      <button type="button" onClick={dismiss}>
        {needRefresh ? t('update.later') : t('storage.dismiss')}
      </button>
    </div>
  );
}
