import { describe, expect, it } from 'vitest';
import type { CollectedFeedback, FeedbackRequest } from './request.ts';
import { deletable, distinctDates, listedRequests } from './requestList.ts';

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

describe('deletable', () => {
  it('allows deleting a request only while no result is collected for it', () => {
    const collected = { 'REQ2.R1': result('REQ2', 'R1') };
    expect(deletable('REQ1', collected)).toBe(true);
    expect(deletable('REQ2', collected)).toBe(false);
    expect(deletable('REQ1', {})).toBe(true);
  });
});

describe('distinctDates', () => {
  it('gives the day, the time where two share a day, and a number where two share the minute', () => {
    expect(distinctDates(['1 Dec', '2 Dec'], ['1 Dec 9:00', '2 Dec 9:00'])).toEqual(['1 Dec', '2 Dec']);
    expect(distinctDates(['1 Dec', '2 Dec', '2 Dec'], ['1 Dec 9:00', '2 Dec 9:00', '2 Dec 10:00'])).toEqual([
      '1 Dec',
      '2 Dec 9:00',
      '2 Dec 10:00',
    ]);
    expect(distinctDates(['2 Dec', '2 Dec'], ['2 Dec 9:00', '2 Dec 9:00'])).toEqual([
      '2 Dec 9:00 (1)',
      '2 Dec 9:00 (2)',
    ]);
  });
});
