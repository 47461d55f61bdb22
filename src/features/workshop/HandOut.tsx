import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textOfVersion } from '../../domain/framework/added.ts';
import type { Exercise } from '../../domain/workshop/exercise.ts';
import { encodeJoin } from '../../domain/workshop/joinLink.ts';
import { useUserData } from '../../store/appStores.ts';
import { isBuiltIn } from '../../store/frameworks.ts';
import { downloadText, fileNameFor } from '../../ui/download.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { hrefFor } from '../../ui/routes.ts';
import { endonym } from './languages.ts';
import { PrintedHandout } from './PrintedHandout.tsx';

/** The app's own address (origin and path), without query or fragment: a join link works wherever the app is. */
const appAddress = () => window.location.href.replace(/[?#].*$/, '');

/** The text of an added framework at the exercise's version, if it is one. */
function useAddedText(exercise: Exercise): string | null {
  const added = useUserData((s) =>
    isBuiltIn(exercise.frameworkId) || !Object.hasOwn(s.frameworks, exercise.frameworkId)
      ? undefined
      : s.frameworks[exercise.frameworkId],
  );
  return added ? (textOfVersion(added, exercise.frameworkVersion) ?? added.text) : null;
}

/** "Hand it out": the join link, a copy button, its QR code, the framework file if needed, the handout. */
export function HandOut({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation('workshop');
  const frameworkText = useAddedText(exercise);
  const [link, setLink] = useState<{ url: string; withFramework: boolean } | null>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  useEffect(() => {
    let live = true;
    void encodeJoin(exercise, frameworkText).then(({ param, withFramework, tooLong: over }) => {
      if (!live) return;
      setTooLong(over);
      setLink(over ? null : { url: `${appAddress()}${hrefFor.join(param)}`, withFramework });
    });
    return () => {
      live = false;
    };
  }, [exercise, frameworkText]);

  async function copyLink() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopy('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    }
  }

  const language = endonym(exercise.language);
  if (tooLong)
    return (
      <section aria-labelledby="workshop-handout" className="hand-out">
        <h2 id="workshop-handout">{t('handout.heading')}</h2>
        <p role="alert" className="notice error">
          {t('handout.linkTooLong')}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="workshop-handout" className="hand-out">
      <h2 id="workshop-handout">{t('handout.heading')}</h2>
      <p className="join-link">
        <label htmlFor={fieldId}>{t('handout.joinLink')}</label>
        <input
          ref={field}
          id={fieldId}
          readOnly
          value={link?.url ?? ''}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
      </p>
      <p className="row-actions">
        <button type="button" onClick={copyLink} disabled={!link}>
          {t('handout.copy')}
        </button>
        <button type="button" onClick={() => window.print()} disabled={!link} aria-describedby="handout-hint">
          {t('handout.print')}
        </button>
      </p>
      <p id="handout-hint" className="hint">
        {t('handout.printHint', { language })}
      </p>
      <div role="status">
        {copy && <p className="toast">{t(copy === 'copied' ? 'handout.copied' : 'handout.copyFailed')}</p>}
      </div>
      {link && <QrCode text={link.url} label={t('handout.qr')} className="qr-code large" />}
      {frameworkText !== null && link && (
        <div className="notice">
          <p>{t(link.withFramework ? 'handout.inLink' : 'handout.notInLink')}</p>
          {!link.withFramework && (
            <p>
              <button
                type="button"
                onClick={() =>
                  downloadText(fileNameFor(exercise.frameworkId, 'yaml'), frameworkText, 'application/yaml')
                }
              >
                {t('handout.download')}
              </button>
            </p>
          )}
        </div>
      )}
      {link && <PrintedHandout exercise={exercise} url={link.url} />}
    </section>
  );
}
