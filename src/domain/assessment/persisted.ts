// The stored form of the user's assessments: versioned, and restored field by
// field (in the spirit of Excalidraw's restore): what is valid is kept, what is
// not is reported, defaults are filled in.
import * as z from 'zod/mini';
import { type ImportedFramework, importedFrameworkSchema } from '../framework/imported.ts';
import type { UserData } from './merge.ts';
import { type Assessment, assessmentSchema } from './model.ts';

export const STORAGE_VERSION = 2;

export const EMPTY_STATE: UserData = { assessments: {}, deleted: {}, frameworks: {}, removedFrameworks: {} };

/** Migrations from each earlier version to the next: MIGRATIONS[n] turns version n into n + 1. */
export const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  // Version 2 adds the frameworks a user imports.
  1: (state) => ({ ...(state as object), frameworks: {}, removedFrameworks: {} }),
};

function times(raw: unknown, name: string, dropped: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const source = raw && typeof raw === 'object' ? raw : {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else dropped.push(`${name}.${key}`);
  }
  return out;
}

export type RestoreResult =
  | { ok: true; state: UserData; dropped: string[] }
  | { ok: false; reason: 'unreadable' | 'newer'; detail: string };

const envelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.nonnegative()) });

function restoreState(raw: unknown): { state: UserData; dropped: string[] } {
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
  const frameworks: Record<string, ImportedFramework> = {};
  const rawFrameworks = source.frameworks && typeof source.frameworks === 'object' ? source.frameworks : {};
  for (const [key, value] of Object.entries(rawFrameworks)) {
    const parsed = importedFrameworkSchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) frameworks[key] = parsed.data;
    else dropped.push(`frameworks.${key}`);
  }
  const deleted = times(source.deleted, 'deleted', dropped);
  const removedFrameworks = times(source.removedFrameworks, 'removedFrameworks', dropped);
  return { state: { assessments, deleted, frameworks, removedFrameworks }, dropped };
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

export function serializeState(state: UserData): string {
  const { assessments, deleted, frameworks, removedFrameworks } = state;
  return JSON.stringify({
    state: { assessments, deleted, frameworks, removedFrameworks },
    version: STORAGE_VERSION,
  });
}
