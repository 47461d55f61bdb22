// The earlier plan's statements in a follow-up ("rate again"), by statement:
// each row looks its own up, so the list renders nothing more when there is none.
import { createContext, useContext, useMemo } from 'react';
import { type Carried, carriedPlan } from '../../domain/plan/carry.ts';
import { useUserData } from '../../store/appStores.ts';

const NONE: ReadonlyMap<string, Carried> = new Map();

export const PlannedContext = createContext<ReadonlyMap<string, Carried>>(NONE);

export function usePlannedIn(): ReadonlyMap<string, Carried> {
  return useContext(PlannedContext);
}

/**
 * The planned statements of the assessment `id` follows up, with the earlier
 * level and goal. Only the earlier assessment is read, so a rating here renders nothing anew.
 */
export function usePlanned(id: string): ReadonlyMap<string, Carried> {
  const previousId = useUserData((s) => s.assessments[id]?.previousId ?? null);
  const earlier = useUserData((s) => (previousId ? s.assessments[previousId] : undefined));
  return useMemo(() => {
    const carried = carriedPlan({ previousId, answers: {} }, earlier);
    return carried.length ? new Map(carried.map((c) => [c.item.itemId, c])) : NONE;
  }, [previousId, earlier]);
}
