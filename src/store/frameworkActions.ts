// The frameworks a user adds to the library, and removes again.
import type { StoreApi } from 'zustand';
import { addedFramework } from '../domain/framework/added.ts';
import type { FrameworkSummary } from '../domain/framework/summary.ts';
import type { UserDataStore } from './userData.ts';

export interface FrameworkActions {
  /** Adds a framework, or a new version of one (the old version is kept for the assessments made with it). */
  addFramework(summary: FrameworkSummary, fileName: string, text: string): void;
  removeFramework(id: string): void;
}

type Set = StoreApi<UserDataStore>['setState'];
type Get = StoreApi<UserDataStore>['getState'];

export function frameworkActions(set: Set, get: Get, now: () => number): FrameworkActions {
  return {
    addFramework(summary, fileName, text) {
      set((s) => ({
        frameworks: {
          ...s.frameworks,
          [summary.id]: addedFramework(summary, fileName, text, now(), s.frameworks[summary.id]),
        },
      }));
    },
    removeFramework(id) {
      const { [id]: _, ...rest } = get().frameworks;
      set((s) => ({ frameworks: rest, removedFrameworks: { ...s.removedFrameworks, [id]: now() } }));
    },
  };
}
