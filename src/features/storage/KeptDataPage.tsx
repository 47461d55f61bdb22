import type { ParseKeys } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keptData } from '../../store/appStores.ts';
import type { Backup, BackupReason } from '../../store/backups.ts';
import { useSaveStatus } from '../../store/saveStatus.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { downloadText } from '../../ui/download.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import './keptData.css';

const REASONS: Record<BackupReason, ParseKeys> = {
  unreadable: 'keptData.reason.unreadable',
  repaired: 'keptData.reason.repaired',
};

function download(backup: Backup, day: string): void {
  downloadText(`kept-data-${day}.json`, keptData.read(backup.key) ?? '', 'application/json');
}

function KeptEntry({ backup, onRemove }: { backup: Backup; onRemove(): void }) {
  const { t, i18n } = useTranslation(['common', 'errors']);
  const headingId = useId();
  const date = formatDate(
    backup.at,
    i18n.language,
    { dateStyle: 'long', timeStyle: 'short' },
    t('errors:unknownDate'),
  );
  const small = backup.size < 1024;
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: small ? 'byte' : 'kilobyte',
    unitDisplay: small ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(small ? backup.size : backup.size / 1024);
  const day = Number.isFinite(backup.at)
    ? new Date(Math.min(backup.at, 8.64e15)).toISOString().slice(0, 10)
    : 'kept';
  return (
    <li className="kept-entry">
      <h2 id={headingId}>{t('keptData.keptAt', { date })}</h2>
      <p>{t('keptData.details', { reason: t(REASONS[backup.reason]), size })}</p>
      <p className="actions">
        <button type="button" aria-describedby={headingId} onClick={() => download(backup, day)}>
          {t('keptData.download')}
        </button>
        <button type="button" className="danger" aria-describedby={headingId} onClick={onRemove}>
          {t('keptData.remove')}
        </button>
      </p>
    </li>
  );
}

/** The data kept aside because it could not be read: each as a download, removed on request. */
export default function KeptDataPage() {
  const { t, i18n } = useTranslation(['common', 'errors']);
  useDocumentTitle(t('keptData.title'));
  const backups = useSaveStatus((s) => s.backups);
  const [removing, setRemoving] = useState<Backup | null>(null);
  const [message, setMessage] = useState('');
  // Seeing this page is seeing the kept data: the notice about it goes.
  const unseen = backups
    .filter((b) => !b.seen)
    .map((b) => b.key)
    .join('\n');
  useEffect(() => {
    if (unseen) keptData.markSeen(unseen.split('\n'));
  }, [unseen]);
  const removingDate = removing
    ? formatDate(
        removing.at,
        i18n.language,
        { dateStyle: 'long', timeStyle: 'short' },
        t('errors:unknownDate'),
      )
    : '';
  return (
    <>
      <h1>{t('keptData.title')}</h1>
      <p>{t('keptData.intro')}</p>
      <p role="status">{message}</p>
      {backups.length === 0 ? (
        <p>{t('keptData.empty')}</p>
      ) : (
        <ul className="kept-list">
          {[...backups].reverse().map((b) => (
            <KeptEntry key={b.key} backup={b} onRemove={() => setRemoving(b)} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        heading={t('keptData.confirmHeading')}
        text={t('keptData.confirmText', { date: removingDate })}
        confirmLabel={t('keptData.remove')}
        onConfirm={() => {
          if (removing) keptData.remove(removing.key);
          setMessage(t('keptData.removed'));
        }}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
