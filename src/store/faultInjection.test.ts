// The fault-injection suite: random sequences of what users do, in two tabs
// and two app versions sharing one storage, with faults injected between the
// steps (full quota, corrupted and foreign data, clocks skewed by hours either
// way, pages closed between a change and its write, a rater's removed answers
// written back by an older app). After every step: every edit acknowledged as
// saved is in storage and reads back the same; nothing unreadable is written
// over without a copy kept aside; an older app never writes over a newer one's
// data (faultCheck.testing.ts); a rater's answers, once their removal is saved,
// stay removed, in storage and in each tab that reads it. A fixed seed, a
// bounded number of runs; a failure prints its seed and shortest sequence.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Assessment, ratersOnly } from '../domain/assessment/model.ts';
import { STORAGE_VERSION } from '../domain/assessment/persisted.ts';
import { createDurableStorage, type SaveStatus } from './durableStorage.ts';
import { FakeStorage } from './fakeStorage.testing.ts';
import {
  answerKey,
  checkStored,
  type Expected,
  owed,
  showsNoRemoved,
  watchOlderOverNewer,
} from './faultCheck.testing.ts';
import { planChange, planKeys, planStepKeys, twoTabsOnePlan } from './faultPlan.testing.ts';
import {
  corrupted,
  faults,
  ITEMS,
  RATER_REQUEST,
  rateAsRater,
  raterRemoved,
  type Step,
  step,
  writtenBack,
} from './faultSteps.testing.ts';
import { importAssessments } from './importAssessments.ts';
import { changePlan } from './planActions.ts';
import { removeRatersAnswers } from './removeAnswers.ts';
import { createUserDataStore, STORAGE_KEY } from './userData.ts';

const input = { frameworkId: 'f', frameworkVersion: '1', title: 'T' };

/** One world: a storage, a clock, two tabs (each of the current or a newer version). */
function world() {
  const disk = new FakeStorage();
  let clock = 1_800_000_000_000;
  const expected: Expected = new Map();
  /** Texts that could not be read when they were written over, each of which must be kept aside. */
  const mustKeep: string[] = [];
  /** A rater's answers whose removal was saved, as they were: owed as gone from then on. */
  const removed = new Map<string, Assessment>();
  const olderOverNewer = watchOlderOverNewer(disk);

  function openTab(newer: boolean) {
    const formatVersion = newer ? STORAGE_VERSION + 1 : STORAGE_VERSION;
    /** Edits since this tab last saved, by key: acknowledged when it next says "saved". */
    const unsaved: Expected = new Map();
    const page = { closed: false };
    const onStatus = (status: SaveStatus) => {
      if (status.kind !== 'saved') return;
      for (const [key, value] of unsaved)
        if (key.startsWith('removed ')) removed.set(key.slice('removed '.length), value as Assessment);
      for (const [key, value] of unsaved) if (owed(removed, key, value)) expected.set(key, value);
      // A deletion acknowledged ends what was owed of that assessment, this tab's earlier edits included.
      for (const [key, value] of unsaved) {
        if (!key.startsWith('exists ') || value !== false) continue;
        const id = key.slice('exists '.length);
        for (const k of [...expected.keys()]) if (k !== key && k.split(' ')[1] === id) expected.delete(k);
      }
      unsaved.clear();
    };
    const durable = createDurableStorage({
      // A closed page writes nothing more (its timers die with it).
      storage: () => (page.closed ? undefined : disk),
      now: () => clock,
      delayMs: 10,
      retryMs: 100,
      formatVersion,
      afterPaint: () => {},
      onStatus,
    });
    const store = createUserDataStore(durable, () => clock);
    showsNoRemoved(removed, store, durable);
    return { store, durable, unsaved, newer, page };
  }
  const tabs = [openTab(false), openTab(false)];

  function nth(t: (typeof tabs)[number], n: number): Assessment | undefined {
    // A rater's answers are not in the list: only the rater's steps reach them.
    const list = Object.values(t.store.getState().assessments)
      .filter((x) => !ratersOnly(x))
      .sort((x, y) => x.id.localeCompare(y.id));
    return list[n % Math.max(list.length, 1)];
  }

  /** What this tab now holds of an assessment, and the answers it removed from it. */
  function noteAssessment(t: (typeof tabs)[number], x: Assessment | undefined, removed: string[] = []) {
    if (!x) return;
    t.unsaved.set(`exists ${x.id}`, true);
    t.unsaved.set(`title ${x.id}`, x.title);
    for (const [key, value] of planKeys(x.id, x.plan)) t.unsaved.set(key, value);
    for (const [itemId, answer] of Object.entries(x.answers)) t.unsaved.set(answerKey(x.id, itemId), answer);
    for (const itemId of removed) if (!(itemId in x.answers)) t.unsaved.set(answerKey(x.id, itemId), null);
  }

  function run(s: Step): void {
    faults.steps++;
    const t = 'tab' in s ? tabs[s.tab] : undefined;
    const state = t?.store.getState();
    const target = t && 'a' in s ? nth(t, s.a) : undefined;
    const itemId = 'item' in s ? (ITEMS[s.item] ?? 'i1') : 'i1';
    clock += 1;
    switch (s.kind) {
      case 'rate':
      case 'note':
      case 'notApplicable': {
        if (!t || !target) return;
        const patch =
          s.kind === 'rate'
            ? { current: s.value }
            : s.kind === 'note'
              ? { note: s.text }
              : { notApplicable: true };
        state?.setAnswer(target.id, itemId, patch);
        t.unsaved.set(`exists ${target.id}`, true);
        t.unsaved.set(
          answerKey(target.id, itemId),
          t.store.getState().assessments[target.id]?.answers[itemId],
        );
        return;
      }
      case 'rename':
        if (!t || !target) return;
        state?.updateMeta(target.id, { title: s.title });
        t.unsaved.set(`title ${target.id}`, t.store.getState().assessments[target.id]?.title);
        return;
      case 'plan': {
        // A development plan kept with the assessment: a statement's texts, the review date, a statement dropped.
        if (!t || !target) return;
        changePlan(t.store, target.id, planChange(s, itemId, clock), clock);
        const plan = t.store.getState().assessments[target.id]?.plan;
        for (const [key, value] of planStepKeys(s, target.id, plan, itemId)) t.unsaved.set(key, value);
        return;
      }
      case 'create': {
        const id = state?.create(input);
        if (t && id) noteAssessment(t, t.store.getState().assessments[id]);
        return;
      }
      case 'delete':
        if (!t || !target) return;
        state?.remove(target.id);
        t.unsaved.set(`exists ${target.id}`, false);
        return;
      case 'undo': {
        const restored = state?.recentlyDeleted;
        state?.undoRemove();
        if (!t || !restored) return;
        // An undo before the deletion was written only cancels it; after, it writes the copy back whole.
        if (t.unsaved.get(`exists ${restored.id}`) === false) t.unsaved.set(`exists ${restored.id}`, true);
        else noteAssessment(t, t.store.getState().assessments[restored.id]);
        return;
      }
      case 'import': {
        if (!t || !target) return;
        const answers = Object.fromEntries(
          Object.entries(target.answers).map(([k, v]) => [
            k,
            { ...v, current: 4 - (v.current ?? 0), updatedAt: clock + s.skew },
          ]),
        );
        const file = { ...target, answers, updatedAt: clock + s.skew };
        const mode = s.replace ? 'replace' : 'keep-both';
        const [id] = importAssessments(t.store, [{ assessment: file, mode }], clock);
        const after = t.store.getState().assessments;
        noteAssessment(t, id ? after[id] : undefined, s.replace ? Object.keys(target.answers) : []);
        return;
      }
      case 'result': {
        if (!t) return;
        const code = `CODE${s.n}${clock % 3}`;
        state?.addResult('EXERCIS1', `R${s.n}`, code);
        t.unsaved.set(`result EXERCIS1.R${s.n}`, code);
        return;
      }
      case 'feedback':
        // A person collecting feedback codes from raters, as a trainer collects results.
        state?.addFeedback('FEEDBAK1', `F${s.n}`, `FB${s.n}${clock % 3}`);
        t?.unsaved.set(`feedback FEEDBAK1.F${s.n}`, `FB${s.n}${clock % 3}`);
        return;
      case 'rater':
        if (t) noteAssessment(t, rateAsRater(t.store, itemId, s.value));
        return;
      case 'removeAnswers':
        for (const id of t ? removeRatersAnswers(t.store, RATER_REQUEST, clock) : []) {
          t?.unsaved.set(`removed ${id}`, state?.assessments[id]);
          t?.unsaved.set(`exists ${id}`, false);
        }
        return;
      case 'rateAgain': {
        const id = target && state?.rateAgain(target.id, 'again');
        if (t && id) noteAssessment(t, t.store.getState().assessments[id]);
        return;
      }
      case 'wait':
        vi.advanceTimersByTime(s.ms);
        return;
      case 'pagehide':
        t?.durable.flush();
        return;
      case 'close':
        // The page goes before its pending change is written: that change was never said to be saved.
        faults.closed++;
        if (s.newer) faults.newer++;
        (tabs[s.tab] ?? { page: { closed: false } }).page.closed = true;
        tabs[s.tab] = openTab(s.newer);
        return;
      case 'deliver':
        if (t) void t.store.persist.rehydrate();
        if (t) showsNoRemoved(removed, t.store, t.durable);
        return;
      case 'quota':
        if (s.full) faults.quota++;
        disk.quotaChars = s.full ? (disk.data.get(STORAGE_KEY)?.length ?? 0) : Number.POSITIVE_INFINITY;
        return;
      case 'corrupt': {
        const text = disk.data.get(STORAGE_KEY);
        if (text === undefined) return;
        faults.corrupt++;
        const broken = corrupted(text, s.whole);
        if (!broken) return;
        disk.data.set(STORAGE_KEY, broken.text);
        if (broken.victim) expected.delete(answerKey(broken.victim, 'i1'));
        else {
          // What was stored is gone from the main key: only its copy aside is owed (its tombstones too).
          expected.clear();
          removed.clear();
        }
        // A text the app never read, written over by this fault itself, is not owed.
        if (mustKeep.at(-1) === text) mustKeep.pop();
        mustKeep.push(broken.text);
        return;
      }
      case 'older': {
        // A tab of the app before "Remove my answers" existed writes a rater's removed answers back.
        const text = disk.data.get(STORAGE_KEY);
        const back = text === undefined || mustKeep.includes(text) ? null : writtenBack(text, removed);
        if (back === null) return;
        faults.older++;
        disk.data.set(STORAGE_KEY, back);
        return;
      }
      case 'foreign':
        faults.foreign++;
        disk.data.set('another-app.cache', 'x'.repeat(s.size));
        return;
      case 'skew':
        faults.skew++;
        clock += s.by;
    }
  }

  function check(): void {
    expect(olderOverNewer(), 'an older app wrote over a newer one’s data').toBe(false);
    checkStored(disk, expected, mustKeep);
  }

  return { run, check };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());
afterAll(() => console.info('fault injection:', JSON.stringify(faults)));

describe('fault injection: nothing acknowledged as saved is lost', () => {
  it('holds across random sequences of edits, tabs, versions and faults', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60 }), (steps) => {
        faults.sequences++;
        vi.clearAllTimers();
        const w = world();
        for (const s of steps) {
          w.run(s);
          w.check();
        }
      }),
      { seed: 20261201, numRuns: 1000, examples: [[twoTabsOnePlan], [raterRemoved]] },
    );
    // Every kind of fault was injected, not only drawn.
    for (const kind of ['quota', 'corrupt', 'foreign', 'skew', 'closed', 'newer', 'older'] as const)
      expect(faults[kind], kind).toBeGreaterThan(0);
  });
});
