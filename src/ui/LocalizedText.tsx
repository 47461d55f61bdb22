import type { ElementType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../domain/framework/localize.ts';
import type { LocalizedText } from '../domain/framework/schema.ts';

interface Props {
  text: LocalizedText;
  sourceLanguage: string;
  as?: ElementType;
  className?: string;
  /** Show the source-language text under a translation. */
  showOriginal?: boolean;
}

/** Framework content in the UI language where it exists, with its `lang` set. */
export function Localized({
  text,
  sourceLanguage,
  as: Tag = 'span',
  className,
  showOriginal = false,
}: Props) {
  const { i18n } = useTranslation();
  const shown = localize(text, i18n.language, sourceLanguage);
  const original = text[sourceLanguage];
  return (
    <>
      <Tag className={className} lang={shown.language}>
        {shown.text}
      </Tag>
      {showOriginal && shown.isTranslation && original !== undefined && (
        <Tag className={`${className ?? ''} original-text`} lang={sourceLanguage}>
          {original}
        </Tag>
      )}
    </>
  );
}

/** Paragraphs separated by blank lines; lines starting with "- " become a list. */
export function Paragraphs({ text, lang }: { text: string; lang: string }): ReactNode {
  const blocks = text.split(/\n\s*\n/);
  return (
    <div className="paragraphs" lang={lang}>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        const items = lines.filter((l) => l.startsWith('- '));
        const prose = lines.filter((l) => !l.startsWith('- ')).join('\n');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
          <div key={i}>
            {prose && <p>{prose}</p>}
            {items.length > 0 && (
              <ul>
                {items.map((item) => (
                  <li key={item}>{item.slice(2)}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
