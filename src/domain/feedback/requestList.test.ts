import { describe, expect, it } from 'vitest';
import type { CollectedFeedback, FeedbackRequest } from './request.ts';
import { listedRequests } from './requestList.ts';

const request = (id: string, createdAt: number): FeedbackRequest => ({
  id,
  assessmentId: 'a1',
  frameworkId: 'f',
  frameworkVersion: '1',
  sections: [],
  level: null,
  name: 'Anna',
  message: '',
  goal: true,
  createdAt,
});
const result = (requestId: string, resultId: string): CollectedFeedback => ({
  requestId,
  resultId,
  code: 'x',
  addedAt: 1,
});

describe('listedRequests', () => {
  it('lists the requests in the order they were made, each with the results collected for it', () => {
    const collected = {
      'REQ2.R1': result('REQ2', 'R1'),
      'REQ2.R2': result('REQ2', 'R2'),
      'REQ1.R3': result('REQ1', 'R3'),
      'OTHER.R4': result('OTHER', 'R4'),
    };
    const listed = listedRequests([request('REQ2', 20), request('REQ3', 30), request('REQ1', 10)], collected);
    expect(listed.map((l) => [l.request.id, l.results])).toEqual([
      ['REQ1', 1],
      ['REQ2', 2],
      ['REQ3', 0],
    ]);
  });
});
