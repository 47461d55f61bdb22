import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../domain/workshop/exercise.ts';
import { QrCode } from '../../ui/QrCode.tsx';

/**
 * The one-page A4 handout, in the exercise's language: title, instructions,
 * QR code and link. Shown only in print (workshop.css), where it is all that shows.
 */
export function PrintedHandout({ exercise, url }: { exercise: Exercise; url: string }) {
  const { i18n } = useTranslation('workshop');
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(exercise.language, 'workshop'));
  useEffect(() => {
    let live = true;
    if (!ready) void i18n.loadLanguages(exercise.language).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [i18n, exercise.language, ready]);
  const t = i18n.getFixedT(ready ? exercise.language : i18n.language, 'workshop');
  return (
    <div className="handout" lang={ready ? exercise.language : i18n.language}>
      <h1>{exercise.title}</h1>
      {exercise.instructions && <p className="handout-instructions">{exercise.instructions}</p>}
      <QrCode text={url} label={t('handout.qr')} className="qr-code handout-qr" />
      <p>{t('handout.scan')}</p>
      <p className="handout-link">{url}</p>
      <p>{t('handout.anonymous')}</p>
    </div>
  );
}
