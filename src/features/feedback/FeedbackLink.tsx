import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeGive } from '../../domain/feedback/feedbackLink.ts';
import type { FeedbackRequest } from '../../domain/feedback/request.ts';
import { textOfVersion } from '../../domain/framework/added.ts';
import { useUserData } from '../../store/appStores.ts';
import { isBuiltIn } from '../../store/frameworks.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { hrefFor } from '../../ui/routes.ts';

/** The app's own address (origin and path), without query or fragment: the link works wherever the app is. */
const appAddress = () => window.location.href.replace(/[?#].*$/, '');

/** The feedback link (read-only, with a copy button), its QR code, and a printed handout. */
export function FeedbackLink({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation('feedback');
  const added = useUserData((s) =>
    isBuiltIn(request.frameworkId) || !Object.hasOwn(s.frameworks, request.frameworkId)
      ? undefined
      : s.frameworks[request.frameworkId],
  );
  const frameworkText = added ? (textOfVersion(added, request.frameworkVersion) ?? added.text) : null;
  const [url, setUrl] = useState<string | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const ids = { field: useId(), hint: useId() };
  useEffect(() => {
    let live = true;
    void encodeGive(request, frameworkText).then((made) => {
      if (!live) return;
      setTooLong(made.tooLong);
      setUrl(made.tooLong ? null : `${appAddress()}${hrefFor.give(made.param)}`);
    });
    return () => {
      live = false;
    };
  }, [request, frameworkText]);

  async function copyLink() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    }
  }

  if (tooLong)
    return (
      <section aria-labelledby="feedback-link" className="feedback-link">
        <h2 id="feedback-link" className="visually-hidden">
          {t('request.link')}
        </h2>
        <p role="alert" className="notice error">
          {t('request.linkTooLong')}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="feedback-link" className="feedback-link">
      <h2 id="feedback-link" className="visually-hidden">
        {t('request.link')}
      </h2>
      <p className="feedback-link-field">
        <label htmlFor={ids.field}>{t('request.link')}</label>
        <input
          ref={field}
          id={ids.field}
          readOnly
          value={url ?? ''}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
          aria-describedby={ids.hint}
        />
        <small id={ids.hint} className="hint">
          {t('request.linkHint')}
        </small>
      </p>
      <p className="row-actions">
        <button type="button" onClick={copyLink} disabled={!url}>
          {t('request.copy')}
        </button>
        <button type="button" onClick={() => window.print()} disabled={!url}>
          {t('request.print')}
        </button>
      </p>
      <div role="status">
        {copy && <p className="toast">{t(copy === 'copied' ? 'request.copied' : 'request.copyFailed')}</p>}
      </div>
      {url && <QrCode text={url} label={t('request.qr')} className="qr-code feedback-qr" />}
      {url && (
        <div className="feedback-handout">
          <h1>
            {request.name ? t('request.handoutTitle', { name: request.name }) : t('request.handoutUnnamed')}
          </h1>
          {request.message && <p className="feedback-message">{request.message}</p>}
          <QrCode text={url} label={t('request.qr')} className="qr-code feedback-handout-qr" />
          <p className="feedback-handout-link">{url}</p>
        </div>
      )}
    </section>
  );
}
