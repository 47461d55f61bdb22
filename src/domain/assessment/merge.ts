// Merging two copies of the stored assessments (two tabs, or memory and
// storage): for every answer and every assessment's details the newer wins;
// a deletion wins over anything older than it.
import type { Answer, Assessment } from './model';

export interface AssessmentsState {
  assessments: Record<string, Assessment>;
  /** Deleted assessment ids with the time of deletion. */
  deleted: Record<string, number>;
}

function mergeAnswers(a: Record<string, Answer>, b: Record<string, Answer>): Record<string, Answer> {
  const out = { ...a };
  for (const [itemId, answer] of Object.entries(b)) {
    const mine = out[itemId];
    if (!mine || answer.updatedAt > mine.updatedAt) out[itemId] = answer;
  }
  return out;
}

export function mergeAssessment(a: Assessment, b: Assessment): Assessment {
  const meta = b.metaUpdatedAt > a.metaUpdatedAt ? b : a;
  return {
    ...meta,
    answers: mergeAnswers(a.answers, b.answers),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}

export function mergeStates(a: AssessmentsState, b: AssessmentsState): AssessmentsState {
  const deleted = { ...a.deleted };
  for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);
  const assessments: Record<string, Assessment> = {};
  for (const id of new Set([...Object.keys(a.assessments), ...Object.keys(b.assessments)])) {
    const x = a.assessments[id];
    const y = b.assessments[id];
    const merged = x && y ? mergeAssessment(x, y) : (x ?? y);
    if (merged && merged.updatedAt > (deleted[id] ?? -1)) assessments[id] = merged;
  }
  return { assessments, deleted };
}
