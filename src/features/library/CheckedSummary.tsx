import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { Subject } from '../../domain/framework/schema.ts';
import type { FrameworkSummary } from '../../domain/framework/summary.ts';
import { formatList, languageName } from '../../ui/languageNames.ts';
import { sectionTitle } from '../../ui/sectionTitle.ts';

/** Who a framework assesses. FrameworkCard has the same two lines: a module shared by both
 * would be a chunk of its own on the first page (the add panel is loaded later). */
const SUBJECT_KEYS: Record<Subject, ParseKeys<'library'>> = {
  individual: 'subject.individual',
  organisation: 'subject.organisation',
};

/** What a checked framework file holds, before it is added: title, who it assesses, counts, languages, source, sections. */
export function CheckedSummary({ summary }: { summary: FrameworkSummary }) {
  const { t, i18n } = useTranslation('library');
  const ui = i18n.language;
  const shown = (text: Record<string, string>) => localize(text, ui, summary.sourceLanguage);
  return (
    <>
      <h3 lang={shown(summary.title).language}>{shown(summary.title).text}</h3>
      <p>
        {t('add.facts', {
          subject: t(SUBJECT_KEYS[summary.subject]),
          statements: t('statements', { count: summary.statements }),
          languages: formatList(
            summary.languages.map((l) => languageName(l, ui)),
            ui,
          ),
        })}
      </p>
      {summary.source && <p>{t('add.sourceLine', { title: shown(summary.source.title).text })}</p>}
      <ul>
        {summary.sections.map((s) => (
          <li key={s.id}>
            {t('add.sectionLine', {
              title: sectionTitle(s, ui, summary.sourceLanguage),
              statements: t('statements', { count: s.statements }),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
