// The fault-injection suite: random sequences of what users do, in two tabs
// and two app versions sharing one storage, with faults injected between the
// steps (full quota, corrupted and foreign data, clocks skewed by hours either
// way, pages closed between a change and its write). After every step: every
// edit acknowledged as saved is in storage and reads back the same; nothing
// unreadable is written over without a copy kept aside; an older app never
// writes over a newer one's data. A fixed seed, a bounded number of runs; a
// failure prints its seed and the shortest sequence that shows it.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../domain/assessment/model.ts';
import { restoreStored, STORAGE_VERSION } from '../domain/assessment/persisted.ts';
import { createDurableStorage, type SaveStatus } from './durableStorage.ts';
import { FakeStorage } from './fakeStorage.testing.ts';
import { planChange, planKeys, planStepKeys, storedPlanField, twoTabsOnePlan } from './faultPlan.testing.ts';
import { ITEMS, type Step, step } from './faultSteps.testing.ts';
import { importAssessments } from './importAssessments.ts';
import { changePlan } from './planActions.ts';
import { createUserDataStore, STORAGE_KEY } from './userData.ts';

const input = { frameworkId: 'f', frameworkVersion: '1', title: 'T' };

/** What storage must hold: the last acknowledged value of each field, by key. */
type Expected = Map<string, unknown>;
const answerKey = (id: string, itemId: string) => `answer ${id} ${itemId}`;

const faults = { quota: 0, corrupt: 0, foreign: 0, skew: 0, closed: 0, newer: 0, sequences: 0, steps: 0 };

/** One world: a storage, a clock, two tabs (each of the current or a newer version). */
function world() {
  const disk = new FakeStorage();
  let clock = 1_800_000_000_000;
  const expected: Expected = new Map();
  /** Texts that could not be read when they were written over, each of which must be kept aside. */
  const mustKeep: string[] = [];
  let olderOverNewer = false;
  const versionOf = (text: string | undefined) => {
    try {
      return (JSON.parse(text ?? '') as { version?: number }).version ?? 0;
    } catch {
      return 0;
    }
  };
  const originalSet = disk.setItem.getMockImplementation();
  disk.setItem.mockImplementation((key: string, value: string) => {
    const before = versionOf(disk.data.get(key));
    originalSet?.(key, value);
    if (key === STORAGE_KEY && before > STORAGE_VERSION && versionOf(value) <= STORAGE_VERSION)
      olderOverNewer = true;
  });

  function openTab(newer: boolean) {
    const formatVersion = newer ? STORAGE_VERSION + 1 : STORAGE_VERSION;
    /** Edits since this tab last saved, by key: acknowledged when it next says "saved". */
    const unsaved: Expected = new Map();
    const page = { closed: false };
    const onStatus = (status: SaveStatus) => {
      if (status.kind !== 'saved') return;
      for (const [key, value] of unsaved) expected.set(key, value);
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
    return { store, durable, unsaved, newer, page };
  }
  const tabs = [openTab(false), openTab(false)];

  function nth(t: (typeof tabs)[number], n: number): Assessment | undefined {
    const list = Object.values(t.store.getState().assessments).sort((x, y) => x.id.localeCompare(y.id));
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
        return;
      case 'quota':
        if (s.full) faults.quota++;
        disk.quotaChars = s.full ? (disk.data.get(STORAGE_KEY)?.length ?? 0) : Number.POSITIVE_INFINITY;
        return;
      case 'corrupt': {
        const text = disk.data.get(STORAGE_KEY);
        if (text === undefined) return;
        faults.corrupt++;
        let json: { state: { assessments: Record<string, Assessment> } };
        try {
          json = JSON.parse(text);
        } catch {
          return;
        }
        const victim = Object.values(json.state.assessments)[0];
        if (s.whole || !victim) {
          disk.data.set(STORAGE_KEY, `${text.slice(0, 20)}…garbage`);
          // What was stored is gone from the main key: only its copy aside is owed.
          expected.clear();
        } else {
          (victim.answers as Record<string, unknown>).i1 = { current: 'broken' };
          disk.data.set(STORAGE_KEY, JSON.stringify(json));
          expected.delete(answerKey(victim.id, 'i1'));
        }
        // A text the app never read, written over by this fault itself, is not owed.
        if (mustKeep.at(-1) === text) mustKeep.pop();
        mustKeep.push(disk.data.get(STORAGE_KEY) ?? '');
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
    expect(olderOverNewer, 'an older app wrote over a newer one’s data').toBe(false);
    const text = disk.data.get(STORAGE_KEY);
    const kept = new Set(disk.keysWith(`${STORAGE_KEY}.backup.`).map((k) => disk.data.get(k)));
    for (const lost of mustKeep)
      expect(text === lost || kept.has(lost), 'unreadable data kept aside').toBe(true);
    if (text === undefined) {
      expect(expected.size, 'edits said to be saved, but nothing is stored').toBe(0);
      return;
    }
    if (mustKeep.includes(text)) return;
    const restored = restoreStored(text, STORAGE_VERSION + 1);
    expect(restored.ok, 'stored data readable').toBe(true);
    if (!restored.ok) return;
    const stored = restored.state.assessments;
    for (const [key, value] of expected) {
      const [field, id = '', itemId = ''] = key.split(' ');
      if (field === 'result') expect(restored.state.workshopResults[id]?.code, key).toBe(value);
      else if (field === 'feedback') expect(restored.state.feedbackResults[id]?.code, key).toBe(value);
      else if (field === 'exists') expect(id in stored, key).toBe(value);
      else if (expected.get(`exists ${id}`) === false || !(id in stored)) continue;
      else if (field === 'title') expect(stored[id]?.title, key).toBe(value);
      else if (field?.startsWith('plan')) {
        // A statement's texts are owed while it is owed as planned.
        if (!['planreview', 'planitem'].includes(field) && expected.get(`planitem ${id} ${itemId}`) !== true)
          continue;
        expect(storedPlanField(field, stored[id], itemId), key).toBe(value);
      } else expect(stored[id]?.answers[itemId] ?? null, key).toEqual(value ?? null);
    }
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
      { seed: 20261201, numRuns: 1000, examples: [[twoTabsOnePlan]] },
    );
    // Every kind of fault was injected, not only drawn.
    for (const kind of ['quota', 'corrupt', 'foreign', 'skew', 'closed', 'newer'] as const)
      expect(faults[kind], kind).toBeGreaterThan(0);
  });
});
