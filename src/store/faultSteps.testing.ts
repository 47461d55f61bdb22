// For the fault-injection suite: the steps a random sequence is made of,
// what users do and the faults injected between them.
import fc from 'fast-check';
import type { StoreApi } from 'zustand';
import type { Assessment } from '../domain/assessment/model.ts';
import { STORAGE_VERSION } from '../domain/assessment/persisted.ts';
import { ratersAnswersTo } from '../domain/feedback/removedAnswers.ts';
import type { UserDataStore } from './userData.ts';

/** How often each fault was injected (not only drawn), and how many sequences and steps ran. */
export const faults = {
  quota: 0,
  corrupt: 0,
  foreign: 0,
  skew: 0,
  closed: 0,
  newer: 0,
  older: 0,
  sequences: 0,
  steps: 0,
};

export const HOUR = 3_600_000;
export const ITEMS = ['i1', 'i2', 'i3'];
/** What a plan step changes: a statement's action or support (picking it), the review date, or the statement dropped. */
export type PlanField = 'action' | 'support' | 'review' | 'drop';

export type Step =
  | { kind: 'rate'; tab: number; a: number; item: number; value: number }
  | { kind: 'note'; tab: number; a: number; item: number; text: string }
  | { kind: 'notApplicable'; tab: number; a: number; item: number }
  | { kind: 'rename'; tab: number; a: number; title: string }
  | { kind: 'plan'; tab: number; a: number; item: number; field: PlanField; text: string }
  | { kind: 'create'; tab: number }
  | { kind: 'delete'; tab: number; a: number }
  | { kind: 'undo'; tab: number }
  | { kind: 'import'; tab: number; a: number; skew: number; replace: boolean }
  | { kind: 'rateAgain'; tab: number; a: number }
  | { kind: 'result'; tab: number; n: number }
  | { kind: 'feedback'; tab: number; n: number }
  | { kind: 'rater'; tab: number; item: number; value: number }
  | { kind: 'removeAnswers'; tab: number }
  | { kind: 'wait'; ms: number }
  | { kind: 'pagehide'; tab: number }
  | { kind: 'close'; tab: number; newer: boolean }
  | { kind: 'deliver'; tab: number }
  | { kind: 'quota'; full: boolean }
  | { kind: 'corrupt'; whole: boolean }
  | { kind: 'foreign'; size: number }
  | { kind: 'older' }
  | { kind: 'skew'; by: number };

const tab = fc.integer({ min: 0, max: 1 });
const a = fc.nat(3);
const item = fc.nat(ITEMS.length - 1);
export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('rate'), tab, a, item, value: fc.nat(4) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('note'), tab, a, item, text: fc.string({ maxLength: 8 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('notApplicable'), tab, a, item }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rename'), tab, a, title: fc.string({ maxLength: 8 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('plan'),
      tab,
      a,
      item,
      field: fc.constantFrom<PlanField>('action', 'action', 'support', 'review', 'drop'),
      text: fc.string({ maxLength: 8 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create'), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), tab, a }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo'), tab }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import'),
      tab,
      a,
      skew: fc.integer({ min: -5, max: 5 }).map((h) => h * HOUR),
      replace: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rateAgain'), tab, a }) },
  // A trainer collecting a room's results: a new one, or one handed back again (same id, maybe changed).
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('result'), tab, n: fc.nat(6) }) },
  // A person collecting feedback from others: a rater's code, new or handed back again.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('feedback'), tab, n: fc.nat(4) }) },
  // A rater answering someone's request on this device, and removing those answers.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rater'), tab, item, value: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeAnswers'), tab }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wait'), ms: fc.constantFrom(5, 20, 200, 5000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pagehide'), tab }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('close'),
      tab,
      newer: fc.constantFrom(false, false, false, true),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver'), tab }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('quota'), full: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('corrupt'), whole: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('foreign'), size: fc.constantFrom(10, 400_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('older') }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('skew'),
      by: fc.integer({ min: -3, max: 3 }).map((h) => h * HOUR),
    }),
  },
);

/**
 * A rater's answers removed in one tab while the other still holds them and rates on,
 * then written back by an older app's tab: they stay removed, for both tabs and a new one.
 */
export const raterRemoved: Step[] = [
  { kind: 'rater', tab: 0, item: 0, value: 2 },
  { kind: 'wait', ms: 200 },
  { kind: 'deliver', tab: 1 },
  { kind: 'removeAnswers', tab: 0 },
  { kind: 'rater', tab: 1, item: 1, value: 3 },
  { kind: 'wait', ms: 200 },
  { kind: 'older' },
  { kind: 'deliver', tab: 0 },
  { kind: 'close', tab: 1, newer: false },
  { kind: 'wait', ms: 200 },
];

/** The feedback request a rater answers in the suite. */
export const RATER_REQUEST = 'FEEDBAK2';

/** A rater's step: their answers to RATER_REQUEST rated (made first where this tab holds none); what it holds after. */
export function rateAsRater(
  store: StoreApi<UserDataStore>,
  itemId: string,
  value: number,
): Assessment | undefined {
  const s = store.getState();
  const id =
    ratersAnswersTo(s.assessments, RATER_REQUEST)[0] ??
    s.create({
      frameworkId: 'f',
      frameworkVersion: '1',
      title: 'To Anna',
      exercise: { id: RATER_REQUEST, notes: false, resultId: 'R0000001' },
      feedback: { to: 'Anna', goal: true, rater: '', kept: false },
    });
  store.getState().setAnswer(id, itemId, { current: value });
  return store.getState().assessments[id];
}

type Stored = { state: { assessments: Record<string, Assessment> }; version: number };

/** A fault: the stored text damaged, whole (not JSON) or one answer of its first assessment (`victim`); null if not JSON. */
export function corrupted(text: string, whole: boolean): { text: string; victim: string | null } | null {
  let json: Stored;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const victim = Object.values(json.state.assessments)[0];
  if (whole || !victim) return { text: `${text.slice(0, 20)}…garbage`, victim: null };
  (victim.answers as Record<string, unknown>).i1 = { current: 'broken' };
  return { text: JSON.stringify(json), victim: victim.id };
}

/**
 * A fault: a tab of an older app, which knows no removal of a rater's answers, writes
 * them back as it held them (its merge keeps the tombstones it read); null when it would not write.
 */
export function writtenBack(text: string, removed: ReadonlyMap<string, Assessment>): string | null {
  try {
    const json = JSON.parse(text) as Stored;
    if (json.version > STORAGE_VERSION || !removed.size) return null;
    for (const [id, a] of removed) json.state.assessments[id] = a;
    return JSON.stringify(json);
  } catch {
    return null;
  }
}
