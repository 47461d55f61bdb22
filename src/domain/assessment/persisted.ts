// The stored form of the user's assessments: versioned, and restored field by
// field (in the spirit of Excalidraw's restore): what is valid is kept, what is
// not is reported, defaults are filled in.
import * as z from 'zod/mini';
import type { AssessmentsState } from './merge';
import { type Assessment, assessmentSchema } from './model';

export const STORAGE_VERSION = 1;

export const EMPTY_STATE: AssessmentsState = { assessments: {}, deleted: {} };

/** Migrations from each earlier version to the next: MIGRATIONS[n] turns version n into n + 1. */
export const MIGRATIONS: Record<number, (state: unknown) => unknown> = {};

export type RestoreResult =
  | { ok: true; state: AssessmentsState; dropped: string[] }
  | { ok: false; reason: 'unreadable' | 'newer'; detail: string };

const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.nonnegative()) });

function restoreState(raw: unknown): { state: AssessmentsState; dropped: string[] } {
  const dropped: string[] = [];
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const assessments: Record<string, Assessment> = {};
  const rawAssessments =
    source.assessments && typeof source.assessments === 'object' ? source.assessments : {};
  for (const [key, value] of Object.entries(rawAssessments)) {
    const parsed = assessmentSchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) assessments[key] = parsed.data;
    else dropped.push(`assessments.${key}`);
  }
  const deleted: Record<string, number> = {};
  const rawDeleted = source.deleted && typeof source.deleted === 'object' ? source.deleted : {};
  for (const [key, value] of Object.entries(rawDeleted)) {
    if (typeof value === 'number' && Number.isFinite(value)) deleted[key] = value;
    else dropped.push(`deleted.${key}`);
  }
  return { state: { assessments, deleted }, dropped };
}

/** Reads the stored text: migrates older versions, refuses newer ones and anything unreadable. */
export function restoreStored(text: string): RestoreResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable', detail: 'not valid JSON' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'unreadable', detail: 'no state and version' };
  let { state, version } = envelope.data;
  if (version > STORAGE_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      detail: `version ${version}; this app reads up to ${STORAGE_VERSION}`,
    };
  }
  while (version < STORAGE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: 'unreadable', detail: `no migration from version ${version}` };
    state = migrate(state);
    version++;
  }
  if (!state || typeof state !== 'object' || Array.isArray(state)) {
    return { ok: false, reason: 'unreadable', detail: 'the state is not an object' };
  }
  return { ok: true, ...restoreState(state) };
}

export function serializeState(state: AssessmentsState): string {
  return JSON.stringify({
    state: { assessments: state.assessments, deleted: state.deleted },
    version: STORAGE_VERSION,
  });
}
