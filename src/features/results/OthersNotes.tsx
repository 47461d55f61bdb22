import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../domain/feedback/othersView.ts';
import { MIN_THRESHOLD } from '../../domain/workshop/exerciseRecord.ts';

interface Props {
  rows: readonly StatementView[];
  textOf(itemId: string): string;
  numberOf: ReadonlyMap<string, string>;
}

/** What raters wrote, statement by statement: a named rater's note by name, anonymous ones only as a group. */
export function OthersNotes({ rows, textOf, numberOf }: Props) {
  const { t } = useTranslation('feedback');
  const withNotes = rows.filter((s) => s.notes.named.length + s.notes.anonymous.length > 0);
  if (!withNotes.length) return null;
  return (
    <section className="others-notes" aria-labelledby="others-notes">
      <h3 id="others-notes">{t('others.notesHeading')}</h3>
      <p className="hint">{t('others.notesHint', { count: MIN_THRESHOLD })}</p>
      {withNotes.map((s) => (
        <div key={s.itemId} className="others-note" data-item={s.itemId}>
          <h4>
            {numberOf.get(s.itemId)}. {textOf(s.itemId)}
          </h4>
          <ul>
            {s.notes.named.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two raters may share a name and a note
              <li key={`n${i}`}>
                <strong>{n.rater}:</strong> {n.text}
              </li>
            ))}
            {s.notes.anonymous.map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same note may come twice
              <li key={`a${i}`}>
                <strong>{t('others.anonymousNote')}:</strong> {text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
