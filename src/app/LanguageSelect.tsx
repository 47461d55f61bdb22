import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDONYMS, isUiLanguage, UI_LANGUAGES } from '../domain/language.ts';
import { changeLanguage } from './i18n.ts';

/** A native select; each language is named in itself (suomi, svenska ...). */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const value = event.target.value;
          if (isUiLanguage(value)) void changeLanguage(value);
        }}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {ENDONYMS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
