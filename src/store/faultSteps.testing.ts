// For the fault-injection suite: the steps a random sequence is made of,
// what users do and the faults injected between them.
import fc from 'fast-check';

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
  | { kind: 'wait'; ms: number }
  | { kind: 'pagehide'; tab: number }
  | { kind: 'close'; tab: number; newer: boolean }
  | { kind: 'deliver'; tab: number }
  | { kind: 'quota'; full: boolean }
  | { kind: 'corrupt'; whole: boolean }
  | { kind: 'foreign'; size: number }
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
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('skew'),
      by: fc.integer({ min: -3, max: 3 }).map((h) => h * HOUR),
    }),
  },
);
