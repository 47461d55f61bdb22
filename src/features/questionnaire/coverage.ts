// The statements the open assessment covers, in order: the answering
// operations need them to tell when the last one completes the assessment.
// And whether it asks for a goal (`asksGoal`): a rater's whose request did not
// gives only the current level, and progress counts that as rated.
// And who the rows speak to (`useSpokenTo`): a rater of the one they rate.
import { createContext, useContext } from 'react';
import type { Spoken } from '../../ui/spokenTo.ts';

export const CoverageContext = createContext<readonly string[]>([]);

export function useCoverage(): readonly string[] {
  return useContext(CoverageContext);
}

export const GoalContext = createContext(true);

export function useAsksGoal(): boolean {
  return useContext(GoalContext);
}

export const SpokenContext = createContext<Spoken>({ context: 'person', who: '' });

export function useSpoken(): Spoken {
  return useContext(SpokenContext);
}
