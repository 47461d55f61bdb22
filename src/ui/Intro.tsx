import { useTranslation } from 'react-i18next';
import { localize } from '../domain/framework/localize.ts';
import type { Framework, LocalizedText } from '../domain/framework/schema.ts';
import { Paragraphs } from './LocalizedText.tsx';
import { languageName } from './languageNames.ts';

/** An intro in the UI language, and under it the original when asked for. */
export function Intro({
  text,
  fw,
  showOriginal,
}: {
  text: LocalizedText;
  fw: Framework;
  showOriginal: boolean;
}) {
  const { i18n, t } = useTranslation();
  const shown = localize(text, i18n.language, fw.sourceLanguage);
  const original = text[fw.sourceLanguage];
  return (
    <>
      <Paragraphs text={shown.text} lang={shown.language} />
      {showOriginal && shown.isTranslation && original && (
        <div className="original-text">
          <p className="label">
            {t('content.original', { language: languageName(fw.sourceLanguage, i18n.language) })}
          </p>
          <Paragraphs text={original} lang={fw.sourceLanguage} />
        </div>
      )}
    </>
  );
}
