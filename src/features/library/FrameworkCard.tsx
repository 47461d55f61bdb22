import type { ParseKeys } from 'i18next';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { Subject } from '../../domain/framework/schema.ts';
import type { CatalogSummary } from '../../domain/framework/summary.ts';
import { Localized } from '../../ui/LocalizedText.tsx';
import { formatList, languageName } from '../../ui/languageNames.ts';
import { hrefFor } from '../../ui/routes.ts';

/** Who a framework assesses. */
const SUBJECT_KEYS: Record<Subject, ParseKeys<'library'>> = {
  individual: 'subject.individual',
  organisation: 'subject.organisation',
};

const RemoveFramework = lazy(() =>
  import('./RemoveFramework.tsx').then((m) => ({ default: m.RemoveFramework })),
);

export function FrameworkCard({ summary, added = false }: { summary: CatalogSummary; added?: boolean }) {
  const { t, i18n } = useTranslation(['library', 'common']);
  const ui = i18n.language;
  const headingId = useId();
  const { source, sourceLanguage } = summary;
  const levels = summary.levels.map((l) => localize(l.label, ui, sourceLanguage).text);
  const sourceParts = source ? [source.publisher, source.year?.toString()].filter(Boolean) : [];
  const isTranslation = ui !== sourceLanguage && summary.languages.includes(ui);

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Localized text={summary.title} sourceLanguage={sourceLanguage} />
      </h2>
      <p className="subject">
        {t(SUBJECT_KEYS[summary.subject])}
        {added && <span className="badge">{t('added')}</span>}
      </p>
      <p className="stats">
        {levels.length > 0
          ? t('statsLevels', {
              statements: t('statements', { count: summary.statements }),
              sections: t('sections', { count: summary.sections.length }),
              levels: t('levels', { levels: formatList(levels, ui) }),
            })
          : t('stats', {
              statements: t('statements', { count: summary.statements }),
              sections: t('sections', { count: summary.sections.length }),
            })}
      </p>
      <dl className="facts" aria-label={t('facts')}>
        {source && (
          <div>
            <dt>{t('source')}</dt>
            <dd>
              <Localized text={source.title} sourceLanguage={sourceLanguage} />
              {sourceParts.length > 0 && <> · {sourceParts.join(', ')}</>}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('sourceLanguage')}</dt>
          <dd>
            {languageName(sourceLanguage, ui)}
            {isTranslation && (
              <span className="badge">
                {t('common:content.translation', { language: languageName(sourceLanguage, ui) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('languages')}</dt>
          <dd>
            {formatList(
              summary.languages.map((l) => languageName(l, ui)),
              ui,
            )}
          </dd>
        </div>
      </dl>
      <p className="actions">
        <a
          className="button primary"
          href={hrefFor.start(summary.id)}
          aria-label={t('startNamed', { title: localize(summary.title, ui, sourceLanguage).text })}
        >
          {t('start')}
        </a>
        <a
          className="button secondary"
          href={hrefFor.framework(summary.id)}
          aria-label={t('seeStatementsNamed', { title: localize(summary.title, ui, sourceLanguage).text })}
        >
          {t('seeStatements')}
        </a>
        {added && (
          <Suspense fallback={null}>
            <RemoveFramework summary={summary} />
          </Suspense>
        )}
      </p>
    </article>
  );
}
