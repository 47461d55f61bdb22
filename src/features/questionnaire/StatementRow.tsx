import { memo, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerPatch } from '../../domain/assessment/model.ts';
import { isAnswered } from '../../domain/assessment/scope.ts';
import type { Audience } from '../../domain/framework/audience.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Item, ScaleStep } from '../../domain/framework/schema.ts';
import { userDataStore, useUserData } from '../../store/appStores.ts';
import { Localized } from '../../ui/LocalizedText.tsx';
import { useAsksGoal, useCoverage } from './coverage.ts';
import { PlannedNote } from './PlannedNote.tsx';
import { usePlannedIn } from './planned.ts';
import { ScaleChoice } from './ScaleChoice.tsx';
import { useAnswerAfterPaint } from './useAnswersAfterPaint.ts';

interface Props {
  assessmentId: string;
  item: Item;
  scale: ScaleStep[];
  sourceLanguage: string;
  showOriginal: boolean;
  /** Who is spoken to (`audienceOf`); a person unless said. */
  audience?: Audience;
  /** For a rater, the one they rate (`useSpokenTo`). */
  who?: string;
}

/** One statement: its text, "Now" and (where asked) "Goal" on the scale, not applicable, and a note. */
export const StatementRow = memo(function StatementRow({
  assessmentId,
  item,
  scale,
  sourceLanguage,
  showOriginal,
  audience = 'person',
  who = '',
}: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  // A rating shows at once in its radio; the row follows after the paint. The
  // note and "not applicable" are controlled inputs, so they follow at once.
  const answer = useAnswerAfterPaint(assessmentId, item.id);
  const note = useUserData((s) => s.assessments[assessmentId]?.answers[item.id]?.note ?? '');
  const notApplicable = useUserData(
    (s) => s.assessments[assessmentId]?.answers[item.id]?.notApplicable ?? false,
  );
  const [noteOpen, setNoteOpen] = useState(false);
  const noteId = useId();
  const focusNote = useRef(false);
  const text = localize(item.text, i18n.language, sourceLanguage).text;
  const covered = useCoverage();
  const goal = useAsksGoal();
  const planned = usePlannedIn().get(item.id);
  const set = useCallback(
    (patch: AnswerPatch) => userDataStore.getState().setAnswer(assessmentId, item.id, patch, covered),
    [assessmentId, item.id, covered],
  );
  const setCurrent = useCallback((current: number) => set({ current }), [set]);
  const setTarget = useCallback((target: number) => set({ target }), [set]);
  const showNote = noteOpen || note !== '';
  return (
    <li className={`statement ${isAnswered(answer, goal) ? 'rated' : 'unrated'}`} id={`statement-${item.id}`}>
      <p className="statement-text">
        <Localized text={item.text} sourceLanguage={sourceLanguage} showOriginal={showOriginal} />
      </p>
      {item.description && (
        <Localized as="p" className="description" text={item.description} sourceLanguage={sourceLanguage} />
      )}
      {planned && <PlannedNote carried={planned} audience={audience} />}
      <ScaleChoice
        name={`${item.id}-current`}
        legend={t('now')}
        hiddenBefore={t('ratingOf', { text })}
        hiddenAfter={t('nowHidden', { context: audience, who })}
        scale={scale}
        sourceLanguage={sourceLanguage}
        value={answer?.current ?? null}
        disabled={notApplicable}
        onChange={setCurrent}
      />
      {goal && (
        <ScaleChoice
          name={`${item.id}-target`}
          legend={t('goal')}
          hiddenBefore={t('ratingOf', { text })}
          hiddenAfter={t('goalHidden', { context: audience, who })}
          scale={scale}
          sourceLanguage={sourceLanguage}
          value={answer?.target ?? null}
          disabled={notApplicable}
          onChange={setTarget}
        />
      )}
      <div className="secondary-controls">
        <label className="choice">
          <input
            type="checkbox"
            checked={notApplicable}
            aria-label={t('notApplicableFor', { text })}
            onChange={(e) => set({ notApplicable: e.target.checked })}
          />
          {t('notApplicable')}
        </label>
        {note === '' && (
          <button
            type="button"
            className="link"
            aria-expanded={showNote}
            aria-label={noteOpen ? t('hideNoteFor', { text }) : t('addNoteFor', { text })}
            onClick={() => {
              focusNote.current = !noteOpen;
              setNoteOpen(!noteOpen);
            }}
          >
            {noteOpen ? t('hideNote') : t('addNote')}
          </button>
        )}
      </div>
      {showNote && (
        <div className="note">
          <label htmlFor={noteId}>{t('note')}</label>
          <textarea
            ref={(el) => {
              // "Add a note" moves focus into the note it opened.
              if (el && focusNote.current) el.focus();
              focusNote.current = false;
            }}
            id={noteId}
            value={note}
            rows={2}
            maxLength={20000}
            aria-label={t('noteFor', { text })}
            onChange={(e) => set({ note: e.target.value })}
          />
        </div>
      )}
    </li>
  );
});
