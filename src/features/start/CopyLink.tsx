import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StartSettings, startLinkHash } from '../../domain/assessment/startLink.ts';

/** "Copy a link to this assessment" (a disclosure): the start link with the settings chosen, read-only, and a copy button. */
export function CopyLink({ settings }: { settings: StartSettings }) {
  const { t } = useTranslation('start');
  const ids = { field: useId(), hint: useId() };
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const { origin, pathname, search } = window.location;
  // The page's own address (a file:// one included), without a ?lng= of its own: the link names its language.
  const page = `${origin === 'null' ? 'file://' : origin}${pathname}${search.replace(/([?&])lng=[^&]*&?/, '$1').replace(/[?&]$/, '')}`;
  const link = `${page}${startLinkHash(settings)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      field.current?.select();
      setCopied('no');
    }
  };
  return (
    // Folded: most who start an assessment need no link; a trainer opens it.
    <details className="copy-link">
      <summary>{t('link.heading')}</summary>
      <p id={ids.hint} className="hint">
        {t('link.hint')}
      </p>
      <label htmlFor={ids.field}>{t('link.label')}</label>
      <span className="copy-link-row">
        <input
          id={ids.field}
          ref={field}
          readOnly
          value={link}
          aria-describedby={ids.hint}
          onFocus={(e) => e.currentTarget.select()}
          onChange={() => setCopied(null)}
        />
        <button type="button" onClick={copy}>
          {t('link.copy')}
        </button>
      </span>
      <span role="status" className="muted">
        {copied === 'yes' ? t('link.copied') : copied === 'no' ? t('link.copyFailed') : ''}
      </span>
    </details>
  );
}
