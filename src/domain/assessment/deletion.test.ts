import { describe, expect, it } from 'vitest';
import { createRequest } from '../feedback/newRequest.ts';
import { whatDeletionTakes } from './deletion.ts';
import { createAssessment, followUp } from './model.ts';

const a1 = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'First' }, 10, 'a1');
const planned = {
  ...a1,
  plan: {
    items: [{ itemId: 'i1', action: 'Read', support: '', due: null, evidence: '' }],
    reviewDate: null,
    updatedAt: 1,
  },
};
const again = { ...followUp(planned, 'Again', 20), id: 'a2' };
const request = createRequest(a1, { sections: [], name: '', message: '', goal: false }, 20, 'FB000001');
const elsewhere = createRequest(
  { ...a1, id: 'a2' },
  { sections: [], name: '', message: '', goal: false },
  20,
  'FB000002',
);
const result = (requestId: string, resultId: string) => ({ requestId, resultId, code: 'C', addedAt: 1 });

describe('what deleting an assessment takes with it', () => {
  it('its feedback: the requests made from it and the results collected for them, no one else’s', () => {
    const data = {
      assessments: { a1, a2: again },
      feedbackRequests: { FB000001: request, FB000002: elsewhere },
      feedbackResults: {
        'FB000001.R1': result('FB000001', 'R1'),
        'FB000001.R2': result('FB000001', 'R2'),
        'FB000002.R3': result('FB000002', 'R3'),
      },
    };
    expect(whatDeletionTakes(data, 'a1')).toMatchObject({ requests: 1, results: 2 });
    expect(whatDeletionTakes(data, 'a2')).toMatchObject({ requests: 1, results: 1 });
  });

  it('its plan, and its plan and earlier levels from the assessment that rated it again', () => {
    const none = { feedbackRequests: {}, feedbackResults: {} };
    const withPlan = whatDeletionTakes({ assessments: { a1: planned, a2: again }, ...none }, 'a1');
    expect(withPlan).toMatchObject({ planShown: true, requests: 0, results: 0 });
    expect(withPlan.followUps.map((a) => a.title)).toEqual(['Again']);
    expect(whatDeletionTakes({ assessments: { a1, a2: again }, ...none }, 'a1')).toMatchObject({
      plan: false,
      planShown: false,
    });
    expect(whatDeletionTakes({ assessments: { a1: planned }, ...none }, 'a1')).toMatchObject({
      plan: true,
      planShown: false,
      followUps: [],
    });
  });

  it('its earlier levels from the assessment that rated it again, also without a plan', () => {
    const data = { assessments: { a1, a2: again }, feedbackRequests: {}, feedbackResults: {} };
    expect(whatDeletionTakes(data, 'a1').followUps.map((a) => a.id)).toEqual(['a2']);
    expect(whatDeletionTakes(data, 'a2').followUps).toEqual([]);
  });
});
