// A rater's answers on this device: an assessment made from a feedback link and
// not kept as a copy of their own (hidden from their list). "Remove my answers
// from this device" removes those of one request and keeps their ids among the
// deleted, as a deleted assessment's; those ids stay removed, so a tab that
// still holds the answers cannot write them back (merge.ts).
import { type Assessment, ratersOnly } from '../assessment/model.ts';

type Held = Pick<Assessment, 'feedback' | 'exercise'>;

/** The ids of the rater's answers to a feedback request held on this device. */
export function ratersAnswersTo(assessments: Readonly<Record<string, Held>>, requestId: string): string[] {
  return Object.keys(assessments).filter((id) => {
    const a = assessments[id];
    return ratersOnly(a) && a?.exercise?.id === requestId;
  });
}

/** Drops from `assessments` (in place) the rater's answers whose ids are among the deleted. */
export function dropRemovedAnswers<T extends Held>(
  assessments: Record<string, T>,
  deleted: Readonly<Record<string, number>>,
): Record<string, T> {
  for (const id in assessments)
    if (Object.hasOwn(deleted, id) && ratersOnly(assessments[id])) delete assessments[id];
  return assessments;
}
