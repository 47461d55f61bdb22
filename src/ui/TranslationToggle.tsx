import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../domain/framework/schema.ts';
import { languageName } from './languageNames.ts';

/** "Translation from …" and a switch that shows the original text beside it; nothing when the text is the original. */
export function TranslationToggle({
  fw,
  checked,
  onChange,
}: {
  fw: Framework;
  checked: boolean;
  onChange(value: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ui = i18n.language;
  if (ui === fw.sourceLanguage || !Object.hasOwn(fw.title, ui)) return null;
  return (
    <p className="translation-note">
      <span className="badge">
        {t('content.translation', { language: languageName(fw.sourceLanguage, ui) })}
      </span>{' '}
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{t('content.showOriginal')}</label>
    </p>
  );
}
