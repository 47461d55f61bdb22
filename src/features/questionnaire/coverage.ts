// The statements the open assessment covers, in order: the answering
// operations need them to tell when the last one completes the assessment.
import { createContext, useContext } from 'react';

export const CoverageContext = createContext<readonly string[]>([]);

export function useCoverage(): readonly string[] {
  return useContext(CoverageContext);
}
