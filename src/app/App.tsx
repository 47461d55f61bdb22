import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryPage } from '../features/library/LibraryPage.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { hrefFor, type Route, useRoute } from './routes.ts';

const FrameworkPreviewPage = lazy(() => import('../features/preview/FrameworkPreviewPage.tsx'));

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'library':
      return <LibraryPage />;
    case 'framework':
      return <FrameworkPreviewPage id={route.id} />;
    default:
      return (
        <>
          <h1>{t('status.notFound')}</h1>
          <p>
            <a href={hrefFor.library()}>{t('nav.library')}</a>
          </p>
        </>
      );
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  return (
    <>
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('nav.skip')}
      </button>
      <header className="site-header">
        <a className="site-name" href={hrefFor.library()}>
          {t('app.name')}
        </a>
        <LanguageSelect />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">{t('status.loading')}</p>}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
      </footer>
    </>
  );
}
