import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import { builtInCatalog } from '../../store/frameworks.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { FrameworkCard } from './FrameworkCard.tsx';

export function LibraryPage() {
  const { t, i18n } = useTranslation('library');
  useDocumentTitle(null);
  const collator = new Intl.Collator(i18n.language);
  const sorted = [...builtInCatalog].sort((a, b) =>
    collator.compare(
      localize(a.title, i18n.language, a.sourceLanguage).text,
      localize(b.title, i18n.language, b.sourceLanguage).text,
    ),
  );
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('common:app.tagline')}</p>
      <p>{t('intro')}</p>
      <p className="count">{t('count', { count: builtInCatalog.length })}</p>
      <ul className="card-list">
        {sorted.map((summary) => (
          <li key={summary.id}>
            <FrameworkCard summary={summary} />
          </li>
        ))}
      </ul>
    </>
  );
}
