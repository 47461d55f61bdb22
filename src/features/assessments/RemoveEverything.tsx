import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeEverything } from '../../store/appStores.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { downloadStoredData } from '../../ui/storedData.ts';

/** For a shared computer: everything the app keeps in this browser removed, after a confirmation that offers a file first. */
export function RemoveEverything() {
  const { t } = useTranslation('assessments');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  return (
    <section className="remove-everything" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('removeAll.heading')}</h2>
      <p>{t('removeAll.hint')}</p>
      <p>
        <button
          ref={opener}
          type="button"
          className="danger"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t('removeAll.action')}
        </button>
      </p>
      <ConfirmDialog
        open={open}
        heading={t('removeAll.confirmHeading')}
        text={t('removeAll.confirmText')}
        confirmLabel={t('removeAll.confirm')}
        onConfirm={removeEverything}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <p>
          <button
            type="button"
            onClick={() => {
              downloadStoredData();
              setSaved(true);
            }}
          >
            {t('removeAll.save')}
          </button>
        </p>
        <p role="status">{saved ? t('removeAll.saved') : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
