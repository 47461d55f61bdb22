import { useTranslation } from 'react-i18next';
import { builtInCatalog } from '../../store/frameworks.ts';
import { FrameworkCard } from './FrameworkCard.tsx';

export function LibraryPage() {
  const { t } = useTranslation('library');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('common:app.tagline')}</p>
      <p>{t('intro')}</p>
      <p className="count">{t('count', { count: builtInCatalog.length })}</p>
      <ul className="card-list">
        {builtInCatalog.map((summary) => (
          <li key={summary.id}>
            <FrameworkCard summary={summary} />
          </li>
        ))}
      </ul>
    </>
  );
}
