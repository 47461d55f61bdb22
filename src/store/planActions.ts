// Changing an assessment's development plan. Apart from the store's actions
// (userData.ts), so the plan's code loads with the plan page, not the first page.
import type { StoreApi } from 'zustand';
import { EMPTY_PLAN } from '../domain/plan/plan.ts';
import type { Plan } from '../domain/plan/planTypes.ts';
import type { UserDataStore } from './userData.ts';

/** The plan of assessment `id` replaced by `change` of it (an empty plan where there is none). */
export function changePlan(
  store: Pick<StoreApi<UserDataStore>, 'setState'>,
  id: string,
  change: (plan: Plan) => Plan,
  now = Date.now(),
): void {
  store.setState((s) => {
    const a = s.assessments[id];
    if (!a) return {};
    return {
      assessments: { ...s.assessments, [id]: { ...a, plan: change(a.plan ?? EMPTY_PLAN), updatedAt: now } },
    };
  });
}
