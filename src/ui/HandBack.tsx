// What a participant of a workshop hands back: the result code (to read out,
// type or copy), the same as a QR code for the trainer's camera, and a result
// file. It follows the answers: the same result id each time, so the
// trainer's app replaces an earlier code with a newer one.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratersOnly } from '../domain/assessment/model.ts';
import { feedbackFileName, feedbackHandBackOf } from '../domain/feedback/giveBack.ts';
import { audienceOf } from '../domain/framework/audience.ts';
import type { Framework } from '../domain/framework/schema.ts';
import { normalize } from '../domain/workshop/base32.ts';
import { handBackOf } from '../domain/workshop/handBack.ts';
import { groupCode, MAX_NOTE_BYTES } from '../domain/workshop/resultCode.ts';
import { FEEDBACK_FILE_FORMAT, resultFileName, writeResultFile } from '../domain/workshop/resultFile.ts';
import { useUserData } from '../store/appStores.ts';
import { downloadText } from './download.ts';
import { RemoveAnswers } from './RemoveAnswers.tsx';
import './handBack.css';

/** The code as a QR code (an SVG as a data: URL), drawn by the lazily loaded encoder. */
function useQrCode(code: string): string | null | 'failed' {
  const [svg, setSvg] = useState<{ code: string; url: string | 'failed' } | null>(null);
  useEffect(() => {
    let live = true;
    import('qr').then(
      ({ default: encodeQR }) => {
        if (!live) return;
        try {
          // Upper case without dashes: the QR code's compact alphanumeric mode.
          const image = encodeQR(normalize(code) ?? code, 'svg', { ecc: 'medium', border: 4 });
          setSvg({ code, url: `data:image/svg+xml,${encodeURIComponent(image)}` });
        } catch {
          setSvg({ code, url: 'failed' });
        }
      },
      () => live && setSvg({ code, url: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [code]);
  return svg?.code === code ? svg.url : null;
}

function CopyButton({ text, describedBy }: { text: string; describedBy: string }) {
  const { t } = useTranslation('join');
  // What the last copy did, for the text it copied: a changed code says nothing.
  const [done, setDone] = useState<{ text: string; outcome: 'copied' | 'failed' } | null>(null);
  const copied = done?.text === text ? done.outcome : null;
  const setCopied = (outcome: 'copied' | 'failed') => setDone({ text, outcome });
  return (
    <>
      <button
        type="button"
        aria-describedby={describedBy}
        onClick={() =>
          navigator.clipboard?.writeText(text).then(
            () => setCopied('copied'),
            () => setCopied('failed'),
          ) ?? setCopied('failed')
        }
      >
        {t('handBack.copy')}
      </button>
      <span role="status" className="hand-back-copied">
        {copied === 'copied' ? t('handBack.copied') : copied === 'failed' ? t('handBack.copyFailed') : ''}
      </span>
    </>
  );
}

/** The hand-back panel of an assessment made from a join link; nothing for any other. */
export function HandBack({ assessmentId, fw }: { assessmentId: string; fw: Framework }) {
  const { t } = useTranslation(['join', 'feedback']);
  const a = useUserData((s) => s.assessments[assessmentId]);
  // A rater's feedback hands back as a workshop's result does, with its own wording and file.
  const back = useMemo(
    () => (a ? (a.feedback ? feedbackHandBackOf(fw, a) : handBackOf(fw, a)) : null),
    [fw, a],
  );
  const ids = { heading: useId(), code: useId(), hint: useId() };
  const shown = back ? groupCode(back.code) : '';
  const qr = useQrCode(back?.code ?? '');
  if (!a?.exercise || !back) return null;
  const { exercise, feedback } = a;
  const to = feedback?.to;
  return (
    <section className="hand-back" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{feedback ? t('feedback:handBack.heading') : t('handBack.heading')}</h2>
      <p id={ids.hint}>
        {!feedback
          ? t('handBack.intro')
          : to
            ? t('feedback:handBack.intro', { name: to })
            : t('feedback:handBack.introUnnamed')}
      </p>
      <p className="hand-back-progress">
        {back.unrated === 0 ? t('handBack.allRated') : t('handBack.unrated', { count: back.unrated })}
      </p>
      <div className="hand-back-code">
        <label htmlFor={ids.code}>{t('handBack.code')}</label>
        <div className="hand-back-row">
          <textarea
            id={ids.code}
            readOnly
            value={shown}
            rows={Math.min(8, Math.ceil(shown.length / 16))}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={shown} describedBy={ids.code} />
        </div>
      </div>
      {exercise.notes &&
        (back.notesLeftOut ? (
          <p className="hand-back-warning" role="note">
            {t('handBack.notesLeftOut', { limit: MAX_NOTE_BYTES })}
          </p>
        ) : (
          back.notesIncluded && <p>{t('handBack.notesIncluded')}</p>
        ))}
      <figure className="hand-back-qr">
        {qr === 'failed' ? (
          <p role="alert">{t('handBack.qrFailed')}</p>
        ) : qr ? (
          <img src={qr} alt={t('handBack.qr')} width={240} height={240} />
        ) : (
          <p aria-busy="true">{t('handBack.qrDrawing')}</p>
        )}
      </figure>
      <p>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            downloadText(
              (feedback ? feedbackFileName : resultFileName)(exercise.id, exercise.resultId),
              feedback ? writeResultFile(back.code, FEEDBACK_FILE_FORMAT) : writeResultFile(back.code),
              'application/json',
            )
          }
        >
          {t('handBack.download')}
        </button>
      </p>
      {feedback && ratersOnly(a) && (
        <RemoveAnswers requestId={exercise.id} to={feedback.to} team={audienceOf(fw) === 'team'} />
      )}
    </section>
  );
}
