// An assessment: one person's (or team's) ratings of a framework's statements.
// The schema validates stored and imported data and gives the types.
import * as z from 'zod/mini';
import type { Plan } from '../plan/planTypes.ts';

/** The longest note, and the longest title or name, an assessment keeps. */
export const MAX_NOTE = 20_000;
export const MAX_TITLE = 500;
/** The latest time a Date (and so Intl) can show: 8.64e15 ms after 1970. */
export const MAX_TIME = 8.64e15;
const id = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * A key that reaches an object's prototype (`__proto__`) or names its built-ins: never
 * a key of the stored data, whose ids are keys. The stored data's restore sets such a
 * key aside (persisted.ts) and a saved file's assessment with such an id is refused
 * (importFile.ts). Here, on the first page already, so that it costs it no chunk.
 */
export function isPrototypeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
const time = z.int().check(z.nonnegative(), z.lte(MAX_TIME));
const level = z.nullable(z.int().check(z.gte(-1000), z.lte(1000)));
const text = (max: number) => z.string().check(z.maxLength(max));

/** `value` cut to at most `max` characters, never inside a surrogate pair. */
export function clampText(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

// zod/mini keeps this schema small: it is on the first page, unlike the framework schema.
export const answerSchema = z.object({
  current: z._default(level, null),
  target: z._default(level, null),
  notApplicable: z._default(z.boolean(), false),
  note: z._default(text(MAX_NOTE), ''),
  updatedAt: z._default(time, 0),
});

/** The fields of an assessment, one schema each, so that stored data can be restored field by field. */
export const assessmentFields = {
  id,
  frameworkId: id,
  frameworkVersion: text(40),
  title: text(MAX_TITLE),
  subjectName: z._default(text(MAX_TITLE), ''),
  /** Section ids included; empty means all. */
  sections: z._default(z.array(id).check(z.maxLength(1000)), []),
  /** The variant level chosen, for frameworks with levels. */
  level: z._default(z.nullable(id), null),
  answers: z._default(z.record(id, answerSchema), {}),
  createdAt: time,
  /** When the title, name or scope last changed. */
  metaUpdatedAt: z._default(time, 0),
  updatedAt: time,
  completedAt: z._default(z.nullable(time), null),
  /** The earlier assessment this one follows up ("rate again"). */
  previousId: z._default(z.nullable(id), null),
  /** The workshop exercise this assessment answers, and the id its result is handed back under. */
  exercise: z._default(
    z.nullable(
      z.object({
        id: z.string().check(z.maxLength(8)),
        notes: z.boolean(),
        resultId: z.string().check(z.maxLength(8)),
      }),
    ),
    null,
  ),
  /**
   * A rater's ratings of someone else, from a feedback link (`exercise` holds the
   * request's id): whom they rate, whether a goal is asked, the rater's name or
   * role (empty: anonymous), and whether the rater keeps a copy in their list.
   */
  feedback: z._default(
    z.nullable(z.object({ to: text(200), goal: z.boolean(), rater: text(200), kept: z.boolean() })),
    null,
  ),
  /**
   * The development plan made from these results: checked by its own schema in a
   * file (plan.ts, with importFile.ts) and field by field when stored (persistedPlan.ts).
   */
  plan: z._default(z.nullable(z.unknown()), null),
};

export const assessmentSchema = z.object(assessmentFields);

export type Answer = z.output<typeof answerSchema>;
export type Assessment = Omit<z.output<typeof assessmentSchema>, 'plan'> & { plan: Plan | null };

/**
 * Whether an assessment is a rater's answers to someone else's feedback request,
 * not a copy they kept: hidden from their list and from what lists it (follow-ups),
 * shown only on their feedback pages; "Remove my answers" removes these. The one rule.
 */
export const ratersOnly = (a: Pick<Assessment, 'feedback'> | undefined): boolean =>
  !!a?.feedback && !a.feedback.kept;

export const EMPTY_ANSWER: Answer = {
  current: null,
  target: null,
  notApplicable: false,
  note: '',
  updatedAt: 0,
};

export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewAssessment {
  frameworkId: string;
  frameworkVersion: string;
  title: string;
  subjectName?: string;
  sections?: string[];
  level?: string | null;
  exercise?: Assessment['exercise'];
  feedback?: Assessment['feedback'];
}

export function createAssessment(input: NewAssessment, now: number, assessmentId = newId()): Assessment {
  return {
    id: assessmentId,
    frameworkId: input.frameworkId,
    frameworkVersion: input.frameworkVersion,
    title: clampText(input.title.trim(), MAX_TITLE),
    subjectName: clampText(input.subjectName?.trim() ?? '', MAX_TITLE),
    sections: input.sections ?? [],
    level: input.level ?? null,
    answers: {},
    createdAt: now,
    metaUpdatedAt: now,
    updatedAt: now,
    completedAt: null,
    previousId: null,
    exercise: input.exercise ?? null,
    feedback: input.feedback ?? null,
    plan: null,
  };
}

export type AnswerPatch = Partial<Omit<Answer, 'updatedAt'>>;

export function withAnswer(a: Assessment, itemId: string, patch: AnswerPatch, now: number): Assessment {
  const before = a.answers[itemId] ?? EMPTY_ANSWER;
  const answer = { ...before, ...patch, updatedAt: now };
  if (patch.note !== undefined) answer.note = clampText(patch.note, MAX_NOTE);
  return { ...a, updatedAt: now, answers: { ...a.answers, [itemId]: answer } };
}

export function withTargets(
  a: Assessment,
  itemIds: readonly string[],
  target: number,
  now: number,
): Assessment {
  const answers = { ...a.answers };
  for (const itemId of itemIds)
    answers[itemId] = { ...(answers[itemId] ?? EMPTY_ANSWER), target, updatedAt: now };
  return { ...a, updatedAt: now, answers };
}

export function withMeta(
  a: Assessment,
  patch: Partial<Pick<Assessment, 'title' | 'subjectName' | 'completedAt'>>,
  now: number,
): Assessment {
  const clamped = { ...patch };
  if (clamped.title !== undefined) clamped.title = clampText(clamped.title, MAX_TITLE);
  if (clamped.subjectName !== undefined) clamped.subjectName = clampText(clamped.subjectName, MAX_TITLE);
  return { ...a, ...clamped, metaUpdatedAt: now, updatedAt: now };
}

/**
 * "Rate again": same framework and scope, targets and notes carried forward,
 * current levels empty; the earlier one (and its plan) linked by previousId.
 */
export function followUp(
  previous: Assessment,
  title: string,
  now: number,
  assessmentId = newId(),
): Assessment {
  const answers: Record<string, Answer> = {};
  for (const [itemId, answer] of Object.entries(previous.answers)) {
    if (answer.target === null && !answer.note) continue;
    answers[itemId] = { ...EMPTY_ANSWER, target: answer.target, note: answer.note, updatedAt: now };
  }
  return {
    ...previous,
    id: assessmentId,
    title: clampText(title, MAX_TITLE),
    answers,
    createdAt: now,
    metaUpdatedAt: now,
    updatedAt: now,
    completedAt: null,
    previousId: previous.id,
    exercise: null,
    feedback: null,
    // The earlier plan stays with the earlier assessment, found through previousId.
    plan: null,
  };
}

/**
 * The assessment with no time later than `now`: a file from a device whose
 * clock ran ahead must not show edits "in the future" (ordering edits needs no clock).
 */
export function withTimesUpTo(a: Assessment, now: number): Assessment {
  const upTo = (t: number) => Math.min(t, now);
  const answers: Record<string, Answer> = {};
  for (const [itemId, answer] of Object.entries(a.answers))
    answers[itemId] = answer.updatedAt > now ? { ...answer, updatedAt: now } : answer;
  return {
    ...a,
    answers,
    createdAt: upTo(a.createdAt),
    metaUpdatedAt: upTo(a.metaUpdatedAt),
    updatedAt: upTo(a.updatedAt),
    completedAt: a.completedAt === null ? null : upTo(a.completedAt),
  };
}
