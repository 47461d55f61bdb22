// What a rater hands back: the result code of their ratings, made against the
// request's statement list (a goal only where it was asked), their notes, and
// their name or role as one note past the last statement (feedbackCode.ts).
// Like a workshop's hand-back, the same result id every time.
import type { Assessment } from '../assessment/model.ts';
import { isAnswered } from '../assessment/scope.ts';
import type { Framework } from '../framework/schema.ts';
import { layoutOf } from '../workshop/exercise.ts';
import { type HandBack, notesByPosition } from '../workshop/handBack.ts';
import { encodeResult, ratingsOf } from '../workshop/resultCode.ts';
import { codeRequest } from './feedbackCode.ts';

export function feedbackHandBackOf(
  fw: Framework,
  a: Pick<Assessment, 'sections' | 'level' | 'answers' | 'exercise' | 'feedback'>,
): HandBack | null {
  const { exercise, feedback } = a;
  if (!exercise || !feedback) return null;
  const layout = layoutOf(fw, a);
  const ratings = ratingsOf(layout, a.answers).map((r) => (feedback.goal ? r : { ...r, target: null }));
  const label: Record<number, string> = feedback.rater ? { [layout.itemIds.length]: feedback.rater } : {};
  const request = codeRequest(exercise);
  const written = notesByPosition(layout.itemIds, a.answers);
  const notes = { ...written, ...label };
  let code = encodeResult(request, layout, ratings, notes, exercise.resultId);
  const notesLeftOut = code === null;
  code ??= encodeResult(request, layout, ratings, label, exercise.resultId);
  if (code === null) return null;
  const unrated = layout.itemIds.filter((id) => !isAnswered(a.answers[id], feedback.goal)).length;
  // The rater's name or role is no note of theirs: "your notes are in the code" only for a note written.
  const notesIncluded = !notesLeftOut && Object.keys(written).length > 0;
  return { code, notesLeftOut, notesIncluded, unrated, total: layout.itemIds.length };
}

/** A rater's result file name: the request's id and the result's, as a workshop's result files. */
export function feedbackFileName(requestId: string, resultId: string): string {
  return `feedback-${requestId}-${resultId}.json`.toLowerCase();
}
