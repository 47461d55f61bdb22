// A participant's result as a trainer keeps it (CollectedResult: its code, under
// its exercise and its random result id): the key it is stored under, and what
// a code handed in again does. Small and without imports: the store, on the
// first page, uses it.

export const resultKey = (exerciseId: string, resultId: string): string => `${exerciseId}.${resultId}`;

export type AddedResult = 'added' | 'updated' | 'duplicate';

/** What a code does given the result kept under its id: a new one is added, a changed one replaces it, the same one counts once. */
export function resultChange(earlier: { code: string } | undefined, code: string): AddedResult {
  if (!earlier) return 'added';
  return earlier.code === code ? 'duplicate' : 'updated';
}
