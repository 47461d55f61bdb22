import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { joinedBefore } from '../../domain/workshop/handBack.ts';
import { useUserData } from '../../store/appStores.ts';

/** The optional alias (kept on this device only) and Start. */
export function JoinForm({ exerciseId, onStart }: { exerciseId: string; onStart(alias: string): void }) {
  const { t } = useTranslation('join');
  const [alias, setAlias] = useState('');
  const ids = { alias: useId(), hint: useId() };
  const again = useUserData((s) => joinedBefore(s.assessments, exerciseId).length > 0);
  function submit(event: FormEvent) {
    event.preventDefault();
    onStart(alias);
  }
  return (
    <form className="join-form" onSubmit={submit} noValidate>
      <p>
        <label htmlFor={ids.alias}>{t('alias')}</label>
        <input
          id={ids.alias}
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
          maxLength={200}
          aria-describedby={ids.hint}
          autoComplete="off"
        />
        <small id={ids.hint} className="hint">
          {t('aliasHint')}
        </small>
      </p>
      <p>
        <button type="submit" className={again ? 'button secondary' : 'button primary'}>
          {again ? t('startAgain') : t('start')}
        </button>
      </p>
    </form>
  );
}
