import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutOf } from '../../domain/workshop/exercise.ts';
import { exerciseFor, mergeWorkshop } from '../../domain/workshop/results.ts';
import {
  checkCodes,
  MAX_FILE_RESULTS,
  MAX_WORKSHOP_FILE_BYTES,
  readWorkshopFile,
  type WorkshopFileProblem,
} from '../../domain/workshop/workshopFile.ts';
import { userDataStore } from '../../store/appStores.ts';
import { loadFramework } from '../../store/frameworks.ts';
import { keepWorkshop } from '../../store/keepWorkshop.ts';
import type { KnownKind } from '../../ui/filePlace.ts';
import { JsonFileInput } from '../../ui/JsonFileInput.tsx';
import { OtherKindNotice, otherKind } from '../../ui/OtherKindNotice.tsx';
import { useHandedOver } from '../../ui/pendingFile.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { CODE_PROBLEM } from './problemText.ts';

const MB = 1024 * 1024;

/** "Open a workshop file": all or nothing; every code read against the exercise before anything is kept. */
export function OpenWorkshopFile() {
  const { t } = useTranslation(['workshop', 'files']);
  const [error, setError] = useState<string | null>(null);
  /** A file of another kind (a framework, a saved assessment file…): said, and sent where it is opened. */
  const [other, setOther] = useState<{
    file: File;
    found: Exclude<KnownKind, 'workshop'>;
  } | null>(null);

  function problemText(p: WorkshopFileProblem): string {
    switch (p.kind) {
      case 'too-large':
        return t('open.tooLarge', { limit: MAX_WORKSHOP_FILE_BYTES / MB });
      case 'not-json':
        return t('open.notJson');
      case 'not-a-workshop-file':
        return t('open.notWorkshop');
      case 'bad-exercise':
        return t('open.badExercise', { path: p.path });
      case 'too-many-results':
        return t('open.tooMany', { count: p.count, limit: MAX_FILE_RESULTS });
      case 'bad-result':
        return t('open.badResult', { number: p.index + 1 });
    }
  }

  async function open(file: File) {
    setError(null);
    setOther(null);
    const fail = (reason: string) => setError(t('open.failed', { file: file.name, reason }));
    if (file.size > MAX_WORKSHOP_FILE_BYTES) return fail(problemText({ kind: 'too-large' }));
    const text = await file.text();
    const found = await otherKind(text, ['workshop']);
    if (found) return setOther({ file, found });
    const read = readWorkshopFile(text);
    if (!read.ok) return fail(problemText(read.problem));
    // An exercise already here keeps its settings; the file's results are added to it.
    const exercise = exerciseFor(read.exercise, userDataStore.getState().exercises);
    const load = await loadFramework(exercise.frameworkId, exercise.frameworkVersion).catch(() => null);
    if (!load?.ok)
      return fail(
        load?.reason === 'missing'
          ? t('open.noFramework', { id: exercise.frameworkId })
          : t('open.frameworkFailed'),
      );
    const checked = checkCodes(exercise, layoutOf(load.framework, exercise), read.codes);
    if (!checked.ok)
      return fail(t('open.badCode', { number: checked.index + 1, reason: t(CODE_PROBLEM[checked.problem]) }));
    const { exercises, workshopResults } = userDataStore.getState();
    keepWorkshop(userDataStore, mergeWorkshop(exercise, exercises, workshopResults, checked.results));
    navigate(hrefFor.workshop(exercise.id));
  }

  // A workshop file dropped anywhere on the page is opened here.
  useHandedOver('workshop', (file) => void open(file));

  return (
    <div className="open-workshop">
      <JsonFileInput label={t('open.label')} hint={t('open.hint')} onFile={(file) => void open(file)} />
      {other && (
        <OtherKindNotice
          file={other.file}
          kind={other.found}
          message={t(`files:workshop.${other.found}`, { file: other.file.name })}
          onCancel={() => setOther(null)}
        />
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
    </div>
  );
}
