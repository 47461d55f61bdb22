import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import { useCatalog } from '../../store/frameworks.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { FrameworkCard } from './FrameworkCard.tsx';

const AddFrameworkPanel = lazy(() =>
  import('./AddFrameworkPanel.tsx').then((m) => ({ default: m.AddFrameworkPanel })),
);

export function LibraryPage() {
  const { t, i18n } = useTranslation(['library', 'common']);
  useDocumentTitle(null);
  const collator = new Intl.Collator(i18n.language);
  const catalog = useCatalog();
  const sorted = [...catalog].sort(({ summary: a }, { summary: b }) =>
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
      <p className="count">{t('count', { count: catalog.length })}</p>
      <ul className="card-list">
        {sorted.map(({ summary, origin }) => (
          <li key={summary.id}>
            <FrameworkCard summary={summary} added={origin === 'added'} />
          </li>
        ))}
      </ul>
      <Suspense fallback={null}>
        <AddFrameworkPanel />
      </Suspense>
    </>
  );
}
