import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionChanges as Changes } from '../../domain/exchange/versionChanges.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { loadFramework } from '../../store/frameworks.ts';

/**
 * Before a newer version replaces the one in the library: the statements whose text changed and
 * those that are gone (answers are kept by statement id, so these are the answers concerned).
 */
export function VersionChanges({ id, version, next }: { id: string; version: string; next: Framework }) {
  const { t } = useTranslation('library');
  const [changes, setChanges] = useState<Changes | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([loadFramework(id, version), import('../../domain/exchange/versionChanges.ts')]).then(
      ([before, { versionChanges }]) =>
        live && setChanges(before.ok ? versionChanges(before.framework, next) : null),
      () => live && setChanges(null),
    );
    return () => {
      live = false;
    };
  }, [id, version, next]);
  if (!changes) return null;
  if (!changes.changed.length && !changes.gone.length) return <p>{t('add.noChanges')}</p>;
  return (
    <div>
      {changes.changed.length > 0 && (
        <details open>
          <summary>{t('add.changed', { count: changes.changed.length })}</summary>
          <ul>
            {changes.changed.map((c) => (
              <li key={c.id}>
                <del>{c.before}</del> → <ins>{c.after}</ins>
              </li>
            ))}
          </ul>
        </details>
      )}
      {changes.gone.length > 0 && (
        <details open>
          <summary>{t('add.gone', { count: changes.gone.length })}</summary>
          <ul>
            {changes.gone.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
