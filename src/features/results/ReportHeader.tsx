import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { languageName } from '../../ui/languageNames.ts';

/** Who, what and when: the top of the printed report. */
export function ReportHeader({ a, fw }: { a: Assessment; fw: Framework }) {
  const { t, i18n } = useTranslation(['results', 'errors', 'common']);
  const ui = i18n.language;
  const text = (x: Record<string, string>) => localize(x, ui, fw.sourceLanguage).text;
  const date = formatDate(a.completedAt ?? a.updatedAt, ui, { dateStyle: 'long' }, t('errors:unknownDate'));
  const source = fw.source;
  const sourceParts = source
    ? [text(source.title), source.publisher, source.year?.toString()].filter(Boolean)
    : [];
  return (
    <dl className="report-header facts">
      <div>
        <dt>{t('framework')}</dt>
        <dd>{text(fw.title)}</dd>
      </div>
      {sourceParts.length > 0 && (
        <div>
          <dt>{t('source')}</dt>
          <dd>{sourceParts.join(' · ')}</dd>
        </div>
      )}
      {a.subjectName && (
        <div>
          <dt>{t('reportFor')}</dt>
          <dd>{a.subjectName}</dd>
        </div>
      )}
      <div>
        <dt>{t('date')}</dt>
        <dd>{date}</dd>
      </div>
      <div>
        <dt>{t('language')}</dt>
        <dd>
          {languageName(ui, ui, true)}
          {ui !== fw.sourceLanguage &&
            ` (${t('common:content.translation', { language: languageName(fw.sourceLanguage, ui) })})`}
        </dd>
      </div>
    </dl>
  );
}
