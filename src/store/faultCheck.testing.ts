// For the fault-injection suite: what storage must hold after every step. Each
// edit acknowledged as saved reads back the same (by key: `answer <id> <item>`,
// `exists <id>`, `title <id>`, the plan's fields, `result`/`feedback <key>`);
// nothing unreadable is written over without a copy kept aside; an older app
// never writes over a newer one's data; a rater's answers, once their removal
// is saved, are owed only as gone, and no tab that reads storage shows them.
import { expect } from 'vitest';
import type { Assessment } from '../domain/assessment/model.ts';
import { restoreStored, STORAGE_VERSION } from '../domain/assessment/persisted.ts';
import type { DurableStorage } from './durableStorage.ts';
import type { FakeStorage } from './fakeStorage.testing.ts';
import { storedPlanField } from './faultPlan.testing.ts';
import { type createUserDataStore, STORAGE_KEY } from './userData.ts';

/** What storage must hold: the last acknowledged value of each field, by key. */
export type Expected = Map<string, unknown>;
export const answerKey = (id: string, itemId: string) => `answer ${id} ${itemId}`;

/** Watches the writes to `disk`: whether an older app ever wrote over a newer one's data. */
export function watchOlderOverNewer(disk: FakeStorage): () => boolean {
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
  return () => olderOverNewer;
}

/** Checks what `disk` holds against what is owed (`expected`) and the unreadable texts that must be kept aside. */
export function checkStored(disk: FakeStorage, expected: Expected, mustKeep: readonly string[]): void {
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

/** Whether a save acknowledges `key`: of a rater's answers whose removal was saved, only that they are gone. */
export function owed(removed: ReadonlyMap<string, Assessment>, key: string, value: unknown): boolean {
  const id = key.split(' ')[1] ?? '';
  return !key.startsWith('removed ') && (!removed.has(id) || (key === `exists ${id}` && value === false));
}

/** A tab that has read what is stored (unless a newer app wrote it) holds none of a rater's removed answers. */
export function showsNoRemoved(
  removed: ReadonlyMap<string, Assessment>,
  store: ReturnType<typeof createUserDataStore>,
  durable: DurableStorage,
): void {
  if (durable.newerVersion() !== null) return;
  for (const id of removed.keys())
    expect(id in store.getState().assessments, `removed ${id} shown`).toBe(false);
}
