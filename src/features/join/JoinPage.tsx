// A participant opens a trainer's join link (`#/join?x=…`): what the exercise
// is, what leaves the device (only the result code, when handed back), an
// optional alias, and Start. Joining the same exercise again continues the
// earlier assessment.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { summarizeFramework } from '../../domain/framework/summary.ts';
import { randomChars } from '../../domain/workshop/base32.ts';
import { decodeJoin, type JoinPayload } from '../../domain/workshop/joinLink.ts';
import { RESULT_ID_LENGTH } from '../../domain/workshop/resultCode.ts';
import { userDataStore } from '../../store/appStores.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useLinkFramework } from '../../ui/useLinkFramework.ts';
import { EarlierJoin, ExerciseDetails } from './ExerciseDetails.tsx';
import { JoinForm } from './JoinForm.tsx';
import './join.css';

type Decoded = { status: 'reading' } | { status: 'unreadable' } | { status: 'ready'; payload: JoinPayload };

function Unreadable() {
  const { t } = useTranslation('join');
  return (
    <section className="join" role="alert">
      <h1>{t('unreadable.heading')}</h1>
      <p>{t('unreadable.body')}</p>
      <p>
        <a className="button secondary" href={hrefFor.library()}>
          {t('unreadable.library')}
        </a>
      </p>
    </section>
  );
}

function Join({ payload }: { payload: JoinPayload }) {
  const { t, i18n } = useTranslation('join');
  const { exercise, frameworkText } = payload;
  const need = useLinkFramework(exercise, frameworkText);

  if (need.kind === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  // The link carries a framework that reads, but not the exercise's: named by its title, the versions in words.
  const otherReason = (other: Framework) => {
    const title = localize(other.title, i18n.language, other.sourceLanguage).text;
    return other.id === exercise.frameworkId
      ? t('frameworkMissing.otherVersion', {
          title,
          version: other.version,
          wanted: exercise.frameworkVersion,
        })
      : t('frameworkMissing.otherFramework', { title });
  };
  if (need.kind === 'missing' || need.kind === 'link-invalid') {
    return (
      <section className="join">
        <h1>{exercise.title || t('heading')}</h1>
        <div className="notice" role="alert">
          <h2>{t('frameworkMissing.heading')}</h2>
          {need.kind === 'link-invalid' && (
            <p>
              {t('frameworkMissing.invalid', { reason: need.other ? otherReason(need.other) : need.reason })}
            </p>
          )}
          <p>
            {t('frameworkMissing.body', { id: exercise.frameworkId, version: exercise.frameworkVersion })}
          </p>
          <p>
            <a className="button primary" href={hrefFor.library()}>
              {t('frameworkMissing.add')}
            </a>
          </p>
        </div>
      </section>
    );
  }

  const fw = need.framework;
  const fwTitle = localize(fw.title, i18n.language, fw.sourceLanguage).text;
  function start(alias: string) {
    const store = userDataStore.getState();
    if (need.kind === 'from-link') store.addFramework(summarizeFramework(fw), need.fileName, need.text);
    const id = store.create({
      frameworkId: exercise.frameworkId,
      frameworkVersion: exercise.frameworkVersion,
      title: exercise.title || t('titleDefault', { framework: fwTitle }),
      subjectName: alias,
      sections: [...exercise.sections],
      level: exercise.level,
      exercise: { id: exercise.id, notes: exercise.notes, resultId: randomChars(RESULT_ID_LENGTH) },
    });
    navigate(hrefFor.assessment(id));
  }

  return (
    <article className="join">
      <p className="join-kicker">{t('kicker')}</p>
      <h1>{exercise.title || t('titleDefault', { framework: fwTitle })}</h1>
      <EarlierJoin exerciseId={exercise.id} />
      <ExerciseDetails exercise={exercise} fw={fw} />
      {need.kind === 'from-link' && <p className="notice">{t('frameworkFromLink', { title: fwTitle })}</p>}
      {need.kind === 'here' && need.otherVersion !== null && (
        <p className="notice" role="note">
          {t('otherVersion', { version: exercise.frameworkVersion, here: need.otherVersion })}
        </p>
      )}
      <JoinForm exerciseId={exercise.id} onStart={start} />
    </article>
  );
}

export default function JoinPage({ param }: { param: string }) {
  const { t } = useTranslation('join');
  const [decoded, setDecoded] = useState<Decoded>({ status: 'reading' });
  useDocumentTitle(
    decoded.status === 'ready' ? decoded.payload.exercise.title || t('heading') : t('heading'),
  );
  useEffect(() => {
    let live = true;
    setDecoded({ status: 'reading' });
    decodeJoin(param).then(
      (payload) => live && setDecoded(payload ? { status: 'ready', payload } : { status: 'unreadable' }),
      () => live && setDecoded({ status: 'unreadable' }),
    );
    return () => {
      live = false;
    };
  }, [param]);
  if (decoded.status === 'reading') return <p aria-busy="true">{t('loading')}</p>;
  if (decoded.status === 'unreadable') return <Unreadable />;
  return <Join payload={decoded.payload} />;
}
