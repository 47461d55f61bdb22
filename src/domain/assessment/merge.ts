// Merging this tab's changes into what is stored, without trusting any clock.
// A tab remembers the stored state its own state grew from (the base). Its
// changes are what differs from that base, answer by answer; they are laid
// over the stored state as it is now, which may hold other tabs' writes. What
// this tab did not change is taken as stored. So the latest write of an answer
// wins, whatever the clocks of the devices that made the edits said.
import type { StoredFeedback } from '../feedback/persistedFeedback.ts';
import { dropRemovedAnswers } from '../feedback/removedAnswers.ts';
import type { AddedFramework } from '../framework/added.ts';
import { mergePlan } from '../plan/mergePlan.ts';
import type { Exercise } from '../workshop/exerciseRecord.ts';
import type { Answer, Assessment } from './model.ts';

export interface UserData extends StoredFeedback {
  assessments: Record<string, Assessment>;
  /** Deleted assessment ids with the time of deletion (a record for the user; merging needs them only for a rater's removed answers). */
  deleted: Record<string, number>;
  /** Frameworks the user added, by id. */
  frameworks: Record<string, AddedFramework>;
  /** Removed framework ids with the time of removal. */
  removedFrameworks: Record<string, number>;
  /** Workshop exercises the user runs as a trainer, by id. */
  exercises: Record<string, Exercise>;
  /** Results collected for them, by `exerciseId.resultId`. */
  workshopResults: Record<string, CollectedResult>;
}

/** A participant's result as the trainer keeps it: the code, read again when shown. */
export interface CollectedResult {
  exerciseId: string;
  resultId: string;
  code: string;
  addedAt: number;
}

/**
 * An answer this tab did not touch is the very object it read: every edit
 * makes a new one. (Equal values are not enough: an edit back to the value read
 * must still win over another tab's edit in between.)
 */
function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return a === b;
}

const META_FIELDS = [
  'frameworkId',
  'frameworkVersion',
  'title',
  'subjectName',
  'level',
  'createdAt',
  'metaUpdatedAt',
  'completedAt',
  'previousId',
] as const;

const sameExerciseLink = (a: Assessment['exercise'], b: Assessment['exercise']) =>
  a === b || (!!a && !!b && a.id === b.id && a.resultId === b.resultId && a.notes === b.notes);

const sameFeedback = (a: Assessment['feedback'], b: Assessment['feedback']) =>
  a === b || (!!a && !!b && a.to === b.to && a.goal === b.goal && a.rater === b.rater && a.kept === b.kept);

function sameMeta(a: Assessment, b: Assessment): boolean {
  return (
    META_FIELDS.every((field) => a[field] === b[field]) &&
    sameFeedback(a.feedback, b.feedback) &&
    sameExerciseLink(a.exercise, b.exercise) &&
    a.sections.length === b.sections.length &&
    a.sections.every((id, i) => b.sections[i] === id)
  );
}

/** Lays the changes from `base` to `local` over `stored`, key by key. */
function rebaseRecord<T>(
  base: Record<string, T>,
  local: Record<string, T>,
  stored: Record<string, T>,
  same: (a: T | undefined, b: T | undefined) => boolean,
  combine: (base: T | undefined, local: T, stored: T) => T = (_, l) => l,
): Record<string, T> {
  const out: Record<string, T> = { ...stored };
  for (const key of new Set([...Object.keys(base), ...Object.keys(local)])) {
    const b = Object.hasOwn(base, key) ? base[key] : undefined;
    const l = Object.hasOwn(local, key) ? local[key] : undefined;
    if (same(b, l)) continue;
    const s = Object.hasOwn(stored, key) ? stored[key] : undefined;
    if (l === undefined) delete out[key];
    else out[key] = s !== undefined ? combine(b, l, s) : l;
  }
  return out;
}

function sameAssessment(a: Assessment | undefined, b: Assessment | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || !sameMeta(a, b)) return false;
  const keys = Object.keys(a.answers);
  return (
    a.plan === b.plan &&
    keys.length === Object.keys(b.answers).length &&
    keys.every((k) => sameAnswer(a.answers[k], Object.hasOwn(b.answers, k) ? b.answers[k] : undefined))
  );
}

/** An assessment both sides have: this tab's changed answers and details over the stored ones. */
function rebaseAssessment(base: Assessment | undefined, local: Assessment, stored: Assessment): Assessment {
  const meta = base && sameMeta(base, local) ? stored : local;
  return {
    ...meta,
    answers: rebaseRecord(base?.answers ?? {}, local.answers, stored.answers, sameAnswer),
    // The plan field by field and statement by statement, as the answers.
    plan: mergePlan(base?.plan, local.plan, stored.plan),
    updatedAt: Math.max(local.updatedAt, stored.updatedAt),
  };
}

function sameFramework(a: AddedFramework | undefined, b: AddedFramework | undefined): boolean {
  if (a === b) return true;
  return !!a && !!b && a.addedAt === b.addedAt && a.version === b.version && a.text === b.text;
}

function unionTimes(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [id, at] of Object.entries(b)) out[id] = Math.max(out[id] ?? 0, at);
  return out;
}

/**
 * This tab's state after laying its changes (from `base` to `local`) over
 * `stored`. With no base (nothing read yet), everything local is a change.
 */
export function rebase(base: UserData, local: UserData, stored: UserData): UserData {
  const deleted = unionTimes(stored.deleted, local.deleted);
  return {
    // A rater's answers removed from this device stay removed, whatever another tab still holds.
    assessments: dropRemovedAnswers(
      rebaseRecord(base.assessments, local.assessments, stored.assessments, sameAssessment, rebaseAssessment),
      deleted,
    ),
    deleted,
    frameworks: rebaseRecord(base.frameworks, local.frameworks, stored.frameworks, sameFramework),
    removedFrameworks: unionTimes(stored.removedFrameworks, local.removedFrameworks),
    exercises: rebaseRecord(base.exercises, local.exercises, stored.exercises, (a, b) => a === b),
    workshopResults: rebaseRecord(
      base.workshopResults,
      local.workshopResults,
      stored.workshopResults,
      (a, b) => a === b,
    ),
    feedbackRequests: rebaseRecord(
      base.feedbackRequests,
      local.feedbackRequests,
      stored.feedbackRequests,
      (a, b) => a === b,
    ),
    feedbackResults: rebaseRecord(
      base.feedbackResults,
      local.feedbackResults,
      stored.feedbackResults,
      (a, b) => a === b,
    ),
  };
}
