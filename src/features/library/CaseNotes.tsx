import { useTranslation } from 'react-i18next';
import type { CaseNote } from '../../domain/exchange/caseImport.ts';

/** What reading a CASE package guessed or left out: one line per kind, with counts; the full list a click away. */
export function CaseNotes({ notes }: { notes: CaseNote[] }) {
  const { t } = useTranslation(['library', 'caseChoice']);
  if (!notes.length) return <p>{t('add.caseAllMapped')}</p>;
  return (
    <>
      <p>{t('add.caseRead')}</p>
      <ul>
        {notes.map((n) => {
          const counted =
            n.code === 'association-unused' ||
            n.code === 'numbers-as-text' ||
            n.code === 'item-without-identifier';
          const count = counted ? Number(n.items[0] ?? 0) : n.items.length;
          return (
            <li key={`${n.code}${n.detail ?? ''}`}>
              {n.code === 'left-out-grade' || n.code === 'left-out-type'
                ? t(`caseChoice:note.${n.code}`, { count })
                : t(`case.${n.code}`, { count, detail: n.detail ?? '' })}
              {!counted && n.items.length > 0 && (
                <details>
                  <summary>{t('case.showAll', { count: n.items.length })}</summary>
                  <ul>
                    {n.items.map((item, k) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the same text may be listed twice
                      <li key={k}>{item}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
