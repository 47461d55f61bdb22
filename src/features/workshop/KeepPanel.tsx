import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise, ExerciseLayout } from '../../domain/workshop/exercise.ts';
import { type GroupCsvLabels, groupCsv, groupCsvOffered } from '../../domain/workshop/groupCsv.ts';
import { shownFrom } from '../../domain/workshop/groupPicture.ts';
import type { WorkshopResult } from '../../domain/workshop/resultCode.ts';
import { writeWorkshopFile } from '../../domain/workshop/workshopFile.ts';
import { userDataStore } from '../../store/appStores.ts';
import { downloadText, fileNameFor } from '../../ui/download.ts';
import { hrefFor, navigate } from '../../ui/routes.ts';
import { DeleteExerciseDialog } from './DeleteExerciseDialog.tsx';

interface Props {
  exercise: Exercise;
  layout: ExerciseLayout | null;
  /** The framework's source language, which its texts fall back to. */
  sourceLanguage: string | null;
  codes: readonly string[];
  results: readonly WorkshopResult[];
}

/** "Keep and move it": the group CSV, the workshop file, running it again, deleting it. */
export function KeepPanel({ exercise, layout, sourceLanguage, codes, results }: Props) {
  const { t, i18n } = useTranslation('workshop');
  // One participant's answers a row: only from the anonymity threshold on, as the group picture.
  const offered = groupCsvOffered(exercise, results.length);
  const [deleting, setDeleting] = useState(false);

  function csv() {
    if (!layout || sourceLanguage === null) return;
    const header: GroupCsvLabels['header'] = [
      t('keep.csvHeader.exercise'),
      t('keep.csvHeader.result'),
      t('keep.csvHeader.section'),
      t('keep.csvHeader.statement'),
      t('keep.csvHeader.statementText'),
      t('keep.csvHeader.current'),
      t('keep.csvHeader.target'),
      t('keep.csvHeader.notApplicable'),
    ];
    const join = (group: string, text: string) => t('keep.statementInGroup', { group, text });
    const labels = { header, yes: t('keep.yes'), no: t('keep.no'), join };
    const text = groupCsv(exercise, layout, results, labels, i18n.language, sourceLanguage);
    if (text === null) return;
    downloadText(fileNameFor(exercise.title, 'csv'), text, 'text/csv;charset=utf-8');
  }

  function again() {
    const e = exercise;
    const id = userDataStore.getState().createExercise({
      frameworkId: e.frameworkId,
      frameworkVersion: e.frameworkVersion,
      sections: e.sections,
      level: e.level,
      language: e.language,
      title: t('keep.againTitle', { title: e.title }),
      instructions: e.instructions,
      notes: e.notes,
      threshold: e.threshold,
      previousId: e.id,
    });
    navigate(hrefFor.workshop(id));
  }

  return (
    <section aria-labelledby="workshop-keep">
      <h2 id="workshop-keep">{t('keep.heading')}</h2>
      {!offered && (
        <p id="workshop-csv-hint" className="hint">
          {t('keep.csvTooFew', { count: shownFrom(exercise.threshold) })}
        </p>
      )}
      <p className="row-actions">
        {offered && (
          <button type="button" onClick={csv} disabled={!layout || sourceLanguage === null}>
            {t('keep.csv')}
          </button>
        )}
        <button
          type="button"
          aria-describedby="workshop-file-hint"
          onClick={() =>
            downloadText(
              fileNameFor(exercise.title, 'workshop.json'),
              writeWorkshopFile(exercise, codes),
              'application/json',
            )
          }
        >
          {t('keep.file')}
        </button>
      </p>
      <p id="workshop-file-hint" className="hint">
        {t('keep.fileHint')}
      </p>
      <p className="row-actions">
        <button type="button" onClick={again} aria-describedby="workshop-again-hint">
          {t('keep.again')}
        </button>
      </p>
      <p id="workshop-again-hint" className="hint">
        {t('keep.againHint')}
      </p>
      <p className="row-actions">
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          {t('keep.delete')}
        </button>
      </p>
      <DeleteExerciseDialog
        exercise={deleting ? exercise : null}
        results={codes.length}
        onClose={() => {
          setDeleting(false);
          if (!userDataStore.getState().exercises[exercise.id]) navigate(hrefFor.workshops());
        }}
      />
    </section>
  );
}
