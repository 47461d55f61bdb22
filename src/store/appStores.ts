// The app's single instances: assessments persisted to this browser's
// localStorage, saving status, and the page events that keep both honest.
import { useStore } from 'zustand';
import { type AssessmentsStore, createAssessmentsStore, STORAGE_KEY } from './assessments.ts';
import { createDurableStorage } from './durableStorage.ts';
import { useSaveStatus } from './saveStatus.ts';

const durable = createDurableStorage({
  storage: () => globalThis.localStorage,
  onStatus: (status) => useSaveStatus.getState().setStatus(status),
  onRecovered: (recovered) => useSaveStatus.getState().addRecovered(recovered),
});

export const assessmentsStore = createAssessmentsStore(durable);

export function useAssessments<T>(selector: (s: AssessmentsStore) => T): T {
  return useStore(assessmentsStore, selector);
}

/** Flushes on leaving the page, warns when changes could not be saved, follows other tabs. */
export function startPersistence(): void {
  window.addEventListener('pagehide', () => durable.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') durable.flush();
  });
  window.addEventListener('beforeunload', (event) => {
    if (!durable.flush()) event.preventDefault();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) void assessmentsStore.persist.rehydrate();
  });
}

/** Tries to save again now (after the user freed space, say). */
export function retrySaving(): boolean {
  return durable.flush();
}
