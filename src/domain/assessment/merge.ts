// Merging two copies of the stored assessments (two tabs, or memory and
// storage): for every answer and every assessment's details the newer wins;
// a deletion wins over anything older than it.
import type { ImportedFramework } from '../framework/imported.ts';
import type { Answer, Assessment } from './model.ts';

export interface UserData {
  assessments: Record<string, Assessment>;
  /** Deleted assessment ids with the time of deletion. */
  deleted: Record<string, number>;
  /** Frameworks the user added, by id. */
  frameworks: Record<string, ImportedFramework>;
  /** Removed framework ids with the time of removal. */
  removedFrameworks: Record<string, number>;
}

function mergeTimes(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [id, at] of Object.entries(b)) out[id] = Math.max(out[id] ?? 0, at);
  return out;
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

export function mergeStates(a: UserData, b: UserData): UserData {
  const deleted = mergeTimes(a.deleted, b.deleted);
  const removedFrameworks = mergeTimes(a.removedFrameworks, b.removedFrameworks);
  const frameworks: Record<string, ImportedFramework> = {};
  for (const id of new Set([...Object.keys(a.frameworks), ...Object.keys(b.frameworks)])) {
    const x = a.frameworks[id];
    const y = b.frameworks[id];
    const newer = x && y ? (y.addedAt > x.addedAt ? y : x) : (x ?? y);
    if (newer && newer.addedAt > (removedFrameworks[id] ?? -1)) frameworks[id] = newer;
  }
  const assessments: Record<string, Assessment> = {};
  for (const id of new Set([...Object.keys(a.assessments), ...Object.keys(b.assessments)])) {
    const x = a.assessments[id];
    const y = b.assessments[id];
    const merged = x && y ? mergeAssessment(x, y) : (x ?? y);
    if (merged && merged.updatedAt > (deleted[id] ?? -1)) assessments[id] = merged;
  }
  return { assessments, deleted, frameworks, removedFrameworks };
}
