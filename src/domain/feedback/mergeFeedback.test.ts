// Two tabs collecting feedback at once: each one's new requests and results are kept.
import { describe, expect, it } from 'vitest';
import { rebase } from '../assessment/merge.ts';
import { createAssessment } from '../assessment/model.ts';
import { EMPTY_STATE } from '../assessment/persisted.ts';
import { createRequest } from './newRequest.ts';

const request = createRequest(
  { id: 'a1', frameworkId: 'f', frameworkVersion: '1', level: null },
  { sections: [], name: '', message: '', goal: false },
  1,
  'FB000001',
);
const result = (resultId: string) => ({ requestId: 'FB000001', resultId, code: resultId, addedAt: 2 });

describe('feedback across tabs', () => {
  it('keeps what each tab added', () => {
    const base = EMPTY_STATE;
    const local = { ...base, feedbackRequests: { FB000001: request } };
    const stored = { ...base, feedbackResults: { 'FB000001.R1': result('R1') } };
    const merged = rebase(base, { ...local, feedbackResults: { 'FB000001.R2': result('R2') } }, stored);
    expect(merged.feedbackRequests).toEqual({ FB000001: request });
    expect(Object.keys(merged.feedbackResults).sort()).toEqual(['FB000001.R1', 'FB000001.R2']);
  });

  it('takes a rater’s “keep a copy” as a change of the assessment', () => {
    const a = createAssessment(
      {
        frameworkId: 'f',
        frameworkVersion: '1',
        title: 'T',
        feedback: { to: 'Anna', goal: true, rater: '', kept: false },
      },
      1,
      'x',
    );
    const base = { ...EMPTY_STATE, assessments: { x: a } };
    const kept = { ...a, feedback: { to: 'Anna', goal: true, rater: '', kept: true } };
    const merged = rebase(base, { ...base, assessments: { x: kept } }, base);
    expect(merged.assessments.x?.feedback?.kept).toBe(true);
  });
});
