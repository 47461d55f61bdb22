// One check for a list that holds each id once (a saved file's assessments, its
// feedback requests and results): the first place each id is used, and a finding
// for every later use, pointing at the first.
import type { Finding } from '../framework/checks.ts';

/**
 * The first place each id is used, and a finding for every later use of it, naming
 * the id as the file holds it at that path (`shown`: the id itself unless told).
 */
export function duplicateIds(
  ids: string[],
  field: string,
  idField: string,
  findings: Finding[],
  shown: (index: number) => string = (index) => ids[index] ?? '',
): Map<string, number> {
  const first = new Map<string, number>();
  for (const [index, id] of ids.entries()) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      findings.push({
        path: [field, index, idField],
        code: 'duplicate-id',
        params: { id: shown(index) },
        relatedPath: [field, earlier, idField],
      });
  }
  return first;
}
