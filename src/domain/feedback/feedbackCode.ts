// A rater's result code is a workshop result code (resultCode.ts) made against
// the request's statement list, with notes allowed and one note past the last
// statement: the rater's name or role, if they gave one. Read back here, by
// statement id, against the request it must belong to.
import type { Framework } from '../framework/schema.ts';
import { layoutOf } from '../workshop/exercise.ts';
import { type CodeProblem, decodeResult, type Rating } from '../workshop/resultCode.ts';
import { type CollectedFeedback, type FeedbackRequest, MAX_NAME } from './request.ts';

/** One rater's feedback, by statement id. */
export interface GivenFeedback {
  requestId: string;
  resultId: string;
  /** The rater's name or role; empty when they stay anonymous. */
  rater: string;
  ratings: Record<string, Rating>;
  notes: Record<string, string>;
}

export type FeedbackRead = { ok: true; feedback: GivenFeedback } | { ok: false; problem: CodeProblem };

/** The request as a result code is packed against it (notes and the rater's label travel). */
export const codeRequest = (request: Pick<FeedbackRequest, 'id'>) => ({ id: request.id, notes: true });

/** Reads a code against a request; a goal the request did not ask for is left out. Never throws. */
export function readFeedback(
  code: string,
  request: Pick<FeedbackRequest, 'id' | 'sections' | 'level' | 'goal'>,
  fw: Framework,
): FeedbackRead {
  const layout = layoutOf(fw, request);
  const read = decodeResult(code, codeRequest(request), layout, true);
  if (!read.ok) return read;
  const { result } = read;
  const ratings: Record<string, Rating> = {};
  const notes: Record<string, string> = {};
  layout.itemIds.forEach((itemId, i) => {
    const r = result.ratings[i];
    if (r) ratings[itemId] = request.goal ? r : { ...r, target: null };
    const note = result.notes[i];
    if (note) notes[itemId] = note;
  });
  const rater = (result.notes[layout.itemIds.length] ?? '').trim().slice(0, MAX_NAME);
  return {
    ok: true,
    feedback: { requestId: request.id, resultId: result.resultId, rater, ratings, notes },
  };
}

/** The feedback collected for the requests of one assessment that still reads (a framework of the request's version). */
export function feedbackOf(
  fw: Framework,
  requests: readonly FeedbackRequest[],
  collected: readonly CollectedFeedback[],
): GivenFeedback[] {
  const out: GivenFeedback[] = [];
  for (const request of requests) {
    if (request.frameworkVersion !== fw.version) continue;
    for (const c of collected) {
      if (c.requestId !== request.id) continue;
      const read = readFeedback(c.code, request, fw);
      // A code is read only under its own result id, so that a copy kept under another id
      // (a hand-edited file, a damaged store) cannot count one rater twice.
      if (read.ok && read.feedback.resultId === c.resultId) out.push(read.feedback);
    }
  }
  return out;
}
