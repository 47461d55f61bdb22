import { useTranslation } from 'react-i18next';
import type { CatalogSummary } from '../../domain/framework/summary.ts';
import { UI_LANGUAGES } from '../../domain/language.ts';
import type { Prefill } from '../../domain/workshop/prefill.ts';
import { IgnoredNotice } from '../../ui/IgnoredNotice.tsx';
import { formatList, languageName } from '../../ui/languageNames.ts';

/** What the start link named that this framework or app does not have, each with why, before the form. */
export function LinkNotice({ summary, ignored }: { summary: CatalogSummary; ignored: Prefill['ignored'] }) {
  const { t, i18n } = useTranslation('start');
  const ui = i18n.language;
  const list = (items: string[]) => formatList(items, ui);
  const describe = ({ what, value }: Prefill['ignored'][number]) => {
    if (what === 'section')
      return t('link.ignoredSection', { value, known: list(summary.sections.map((s) => s.id)) });
    if (what === 'level')
      return summary.levels.length
        ? t('link.ignoredLevel', { value, known: list(summary.levels.map((l) => l.id)) })
        : t('link.ignoredLevelNone', { value });
    // The framework is known here (an unknown one has a page of its own): what is left is the language.
    return t('link.ignoredLanguage', { value, known: list(UI_LANGUAGES.map((l) => languageName(l, ui))) });
  };
  return (
    <IgnoredNotice
      ignored={ignored}
      describe={describe}
      sentence={(items) => t('link.ignored', { list: items })}
    />
  );
}
