import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLogo } from './AppLogo.tsx';
import { hrefFor } from './routes.ts';
import { downloadStoredData } from './storedData.ts';

/** The way to keep everything stored here, offered wherever something broke. */
function SaveDataButton() {
  const { t } = useTranslation('errors');
  const hint = useId();
  return (
    <p>
      <button type="button" className="button primary" aria-describedby={hint} onClick={downloadStoredData}>
        {t('download')}
      </button>
      <small id={hint} className="hint">
        {t('downloadHint')}
      </small>
    </p>
  );
}

/** An alert with a heading that takes focus when it appears. */
function Alert({ heading, body }: { heading: string; body: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div role="alert">
      <h1 ref={ref} tabIndex={-1}>
        {heading}
      </h1>
      <p>{body}</p>
    </div>
  );
}

/** What the page area shows when a page threw while rendering: the header and the rest stay. */
export function PageError({ retry }: { retry: () => void }) {
  const { t } = useTranslation('errors');
  return (
    <section className="error-page">
      <Alert heading={t('page.heading')} body={t('page.body')} />
      <p className="row-actions">
        <button type="button" onClick={retry}>
          {t('page.retry')}
        </button>
        <a className="button secondary" href={hrefFor.assessments()}>
          {t('page.assessments')}
        </a>
        <a className="button secondary" href={hrefFor.library()}>
          {t('page.library')}
        </a>
      </p>
      <SaveDataButton />
    </section>
  );
}

/** The last resort, in place of the whole app: its name, what happened, the data, a reload. */
export function AppError() {
  const { t } = useTranslation(['errors', 'common']);
  return (
    <>
      <header className="site-header">
        <span className="site-name">
          <AppLogo />
          {t('common:app.name')}
        </span>
      </header>
      <main id="main" className="error-page">
        <Alert heading={t('app.heading')} body={t('app.body')} />
        <SaveDataButton />
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </button>
        </p>
      </main>
    </>
  );
}

/** A link whose percent-escapes do not decode: what it was, and a way on. */
export function UnreadableLink({ hash }: { hash: string }) {
  const { t } = useTranslation('errors');
  const shown = hash.length > 300 ? `${hash.slice(0, 300)}…` : hash;
  return (
    <section className="error-page">
      <h1>{t('link.heading')}</h1>
      <p>{t('link.body')}</p>
      <p>
        <span className="muted">{t('link.address')}: </span>
        <code className="link-text">{shown}</code>
      </p>
      <p className="row-actions">
        <a className="button secondary" href={hrefFor.library()}>
          {t('page.library')}
        </a>
        <a className="button secondary" href={hrefFor.assessments()}>
          {t('page.assessments')}
        </a>
      </p>
    </section>
  );
}
