import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { CatalogSummary } from '../../domain/framework/summary.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Removes a framework the user added, after saying which assessments use it. */
export function RemoveFramework({ summary }: { summary: CatalogSummary }) {
  const { t, i18n } = useTranslation('library');
  const [open, setOpen] = useState(false);
  const inUse = useUserData(
    (s) => Object.values(s.assessments).filter((a) => a.frameworkId === summary.id).length,
  );
  const title = localize(summary.title, i18n.language, summary.sourceLanguage).text;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-label={t('removeNamed', { title })}>
        {t('remove')}
      </button>
      <ConfirmDialog
        open={open}
        heading={t('removeHeading')}
        text={`${t('removeText', { title })}${inUse ? ` ${t('removeInUse', { count: inUse })}` : ''}`}
        confirmLabel={t('remove')}
        onConfirm={() => userDataStore.getState().removeFramework(summary.id)}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
