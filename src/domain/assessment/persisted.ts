// The stored form of the user's assessments: versioned, and restored field by
// field (in the spirit of Excalidraw's restore): what is valid is kept, what is
// not is reported (so the caller keeps the original aside), defaults are filled
// in. A bad answer sets aside that answer, not its assessment.
import * as z from 'zod/mini';
import { restoreFeedback } from '../feedback/persistedFeedback.ts';
import { dropRemovedAnswers } from '../feedback/removedAnswers.ts';
import { type AddedFramework, addedFrameworkSchema } from '../framework/added.ts';
import { restorePlan } from '../plan/persistedPlan.ts';
import { type Exercise, exerciseSchema } from '../workshop/exerciseRecord.ts';
import type { CollectedResult, UserData } from './merge.ts';
import {
  type Answer,
  type Assessment,
  answerSchema,
  assessmentFields,
  clampText,
  isPrototypeKey,
  MAX_TIME,
  MAX_TITLE,
} from './model.ts';

export const STORAGE_VERSION = 4;

export const EMPTY_STATE: UserData = {
  assessments: {},
  deleted: {},
  frameworks: {},
  removedFrameworks: {},
  exercises: {},
  workshopResults: {},
  feedbackRequests: {},
  feedbackResults: {},
};

/** The keys of the stored state, in the order they are written. */
export const USER_DATA_KEYS = Object.keys(EMPTY_STATE) as (keyof UserData)[];

/** Migrations from each earlier version to the next: MIGRATIONS[n] turns version n into n + 1. */
export const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  // Version 2 adds the frameworks a user imports.
  1: (state) => ({ ...(state as object), frameworks: {}, removedFrameworks: {} }),
  // Version 3 adds workshop exercises and the results collected for them.
  2: (state) => ({ ...(state as object), exercises: {}, workshopResults: {} }),
  // Version 4 adds the development plan kept with an assessment (none until made: an
  // assessment without one reads as plan null).
  // It also adds the feedback requests a person made and the results collected for them.
  3: (state) => ({ ...(state as object), feedbackRequests: {}, feedbackResults: {} }),
};

type Dict = Record<string, unknown>;

const collectedResultSchema = z.object({
  exerciseId: z.string().check(z.maxLength(8)),
  resultId: z.string().check(z.maxLength(8)),
  code: z.string().check(z.maxLength(20_000)),
  addedAt: z.int().check(z.nonnegative()),
});

function isDict(value: unknown): value is Dict {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The entries of a stored map. A value of the wrong type, and a key such as
 * `__proto__` that a plain object cannot hold, are reported, never skipped silently.
 */
function entries(raw: unknown, path: string, dropped: string[]): [string, unknown][] {
  if (raw === undefined) return [];
  if (!isDict(raw)) {
    dropped.push(path);
    return [];
  }
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (isPrototypeKey(key)) dropped.push(`${path}.${key}`);
    else out.push([key, value]);
  }
  return out;
}

function times(raw: unknown, name: string, dropped: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of entries(raw, name, dropped)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else dropped.push(`${name}.${key}`);
  }
  return out;
}

type Field = keyof typeof assessmentFields;
const REQUIRED: readonly Field[] = ['id', 'frameworkId', 'frameworkVersion'];

/** What a stored field that cannot be read becomes (a long text is cut rather than lost). */
function repairField(field: Field, value: unknown, raw: Dict): unknown {
  if ((field === 'title' || field === 'subjectName') && typeof value === 'string') {
    return clampText(value, MAX_TITLE);
  }
  if (field === 'sections') return [];
  if (field === 'createdAt' || field === 'metaUpdatedAt' || field === 'updatedAt') {
    return typeof value === 'number' && value > MAX_TIME ? MAX_TIME : repairTime(raw);
  }
  return field === 'title' || field === 'subjectName' ? '' : null;
}

function repairTime(raw: Dict): number {
  const created = assessmentFields.createdAt.safeParse(raw.createdAt);
  return created.success ? created.data : 0;
}

function restoreAnswers(raw: unknown, path: string, dropped: string[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [itemId, value] of entries(raw, path, dropped)) {
    const parsed = answerSchema.safeParse(value);
    if (parsed.success && itemId.length > 0 && itemId.length <= 200) answers[itemId] = parsed.data;
    else dropped.push(`${path}.${itemId}`);
  }
  return answers;
}

/** One stored assessment, field by field; null only when it cannot be told what it is. */
export function restoreAssessment(raw: unknown, key: string, dropped: string[]): Assessment | null {
  const path = `assessments.${key}`;
  if (!isDict(raw) || raw.id !== key) {
    dropped.push(path);
    return null;
  }
  const out: Dict = {};
  for (const field of Object.keys(assessmentFields) as Field[]) {
    if (field === 'answers' || field === 'plan') continue;
    const parsed = assessmentFields[field].safeParse(raw[field]);
    if (parsed.success) out[field] = parsed.data;
    else if (REQUIRED.includes(field)) {
      dropped.push(path);
      return null;
    } else {
      dropped.push(`${path}.${field}`);
      out[field] = repairField(field, raw[field], raw);
    }
  }
  out.answers = restoreAnswers(raw.answers, `${path}.answers`, dropped);
  out.plan = restorePlan(raw.plan, `${path}.plan`, dropped);
  return out as Assessment;
}

function restoreFramework(raw: unknown, key: string, dropped: string[]): AddedFramework | null {
  const path = `frameworks.${key}`;
  const parsed = addedFrameworkSchema.safeParse(raw);
  if (parsed.success && parsed.data.id === key) return parsed.data;
  // Earlier versions that cannot be read are set aside; the current one is kept.
  const current = addedFrameworkSchema.safeParse(isDict(raw) ? { ...raw, previous: [] } : raw);
  if (current.success && current.data.id === key) {
    dropped.push(`${path}.previous`);
    return current.data;
  }
  dropped.push(path);
  return null;
}

function restoreState(source: Dict): { state: UserData; dropped: string[] } {
  const dropped: string[] = [];
  const assessments: Record<string, Assessment> = {};
  for (const [key, value] of entries(source.assessments, 'assessments', dropped)) {
    const a = restoreAssessment(value, key, dropped);
    if (a) assessments[key] = a;
  }
  const frameworks: Record<string, AddedFramework> = {};
  for (const [key, value] of entries(source.frameworks, 'frameworks', dropped)) {
    const f = restoreFramework(value, key, dropped);
    if (f) frameworks[key] = f;
  }
  const deleted = times(source.deleted, 'deleted', dropped);
  const removedFrameworks = times(source.removedFrameworks, 'removedFrameworks', dropped);
  const exercises: Record<string, Exercise> = {};
  for (const [key, value] of entries(source.exercises, 'exercises', dropped)) {
    const parsed = exerciseSchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) exercises[key] = parsed.data;
    else dropped.push(`exercises.${key}`);
  }
  const workshopResults: Record<string, CollectedResult> = {};
  for (const [key, value] of entries(source.workshopResults, 'workshopResults', dropped)) {
    const parsed = collectedResultSchema.safeParse(value);
    if (parsed.success && key === `${parsed.data.exerciseId}.${parsed.data.resultId}`)
      workshopResults[key] = parsed.data;
    else dropped.push(`workshopResults.${key}`);
  }
  const feedback = restoreFeedback(source, entries, dropped);
  // A rater's answers removed from this device stay removed when read too, whatever an
  // older app's tab wrote back (as when it writes: merge.ts); not a fault, so not reported.
  dropRemovedAnswers(assessments, deleted);
  return {
    state: { assessments, deleted, frameworks, removedFrameworks, exercises, workshopResults, ...feedback },
    dropped,
  };
}

export type RestoreResult =
  | { ok: true; state: UserData; dropped: string[] }
  | { ok: false; reason: 'unreadable'; detail: string }
  | { ok: false; reason: 'newer'; version: number; detail: string };

const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.nonnegative()) });

/**
 * Reads the stored text: migrates older versions, refuses newer ones (than
 * `readsUpTo`, this app's version) and anything unreadable.
 */
export function restoreStored(text: string, readsUpTo = STORAGE_VERSION): RestoreResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable', detail: 'not valid JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'unreadable', detail: 'no state and version' };
  let { state, version } = envelope.data;
  if (version > readsUpTo) {
    return {
      ok: false,
      reason: 'newer',
      version,
      detail: `version ${version}; this app reads up to ${readsUpTo}`,
    };
  }
  while (version < STORAGE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: 'unreadable', detail: `no migration from version ${version}` };
    state = migrate(state);
    version++;
  }
  if (!isDict(state)) return { ok: false, reason: 'unreadable', detail: 'the state is not an object' };
  return { ok: true, ...restoreState(state) };
}

export function serializeState(state: UserData, version = STORAGE_VERSION): string {
  return JSON.stringify({ state: pickUserData(state), version });
}

/** Only the stored part of a state (the store holds actions and memory-only fields beside it). */
export function pickUserData(state: UserData): UserData {
  const out = {} as Record<keyof UserData, unknown>;
  for (const key of USER_DATA_KEYS) out[key] = state[key];
  return out as UserData;
}
