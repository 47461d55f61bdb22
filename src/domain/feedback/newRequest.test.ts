// A request made on the request form: what it stores of the sections chosen.
import { describe, expect, it } from 'vitest';
import type { FrameworkSummary } from '../framework/summary.ts';
import { decodeGive, encodeGive } from './feedbackLink.ts';
import { createRequest } from './newRequest.ts';

const a = { id: 'a1', frameworkId: 'f', frameworkVersion: '1', level: null };
// A large CASE package: hundreds of sections, each named by a UUID.
const ids = Array.from(
  { length: 600 },
  (_, i) => `${i.toString(16).padStart(8, '0')}-5d1e-4c4b-9a8e-${(i * 7919).toString(16).padStart(12, '0')}`,
);
const framework = { sections: ids.map((id) => ({ id, statements: 1 })) } as unknown as Pick<
  FrameworkSummary,
  'sections'
>;
const choice = {
  name: 'Anna',
  message: 'Arvioisitko minua? '.repeat(100).slice(0, 2000),
  goal: true,
  framework,
};

describe('a new feedback request', () => {
  it('lists no section when every one is chosen, so its link for a large framework still opens', async () => {
    const request = createRequest(a, { ...choice, sections: [...ids].reverse() }, 1, 'FB000001');
    expect(request.sections).toEqual([]);
    expect((await decodeGive((await encodeGive(request, null)).param))?.request.sections).toEqual([]);
  });

  it('keeps the sections chosen, in the framework’s order, when some are left out', () => {
    const request = createRequest(a, { ...choice, sections: [ids[5] ?? '', ids[2] ?? ''] }, 1, 'FB000001');
    expect(request.sections).toEqual([ids[2], ids[5]]);
  });
});
