// One assessment's feedback: only its own requests, only what still reads, the others' view.
import { describe, expect, it } from 'vitest';
import { createAssessment, withAnswer } from '../assessment/model.ts';
import { layoutOf } from '../workshop/exercise.ts';
import { encodeResult, type Rating } from '../workshop/resultCode.ts';
import { r, repoFramework } from '../workshop/workshop.testing.ts';
import { codeRequest } from './feedbackCode.ts';
import { feedbackForAssessment } from './forAssessment.ts';
import type { CollectedFeedback, FeedbackRequest } from './request.ts';

const fw = repoFramework('guidance-competences.yaml');
const requestOf = (id: string, assessmentId: string, frameworkVersion = fw.version): FeedbackRequest => ({
  id,
  assessmentId,
  createdAt: 0,
  frameworkId: fw.id,
  frameworkVersion,
  sections: ['C3.1'],
  level: null,
  name: 'Anna',
  message: '',
  goal: false,
});
const mine = requestOf('FB000001', 'A1');
const layout = layoutOf(fw, mine);
const collect = (request: FeedbackRequest, resultId: string, level: number): CollectedFeedback => {
  const list: Rating[] = layout.itemIds.map(() => r(level, null));
  const code = encodeResult(codeRequest(request), layout, list, {}, resultId) as string;
  return { requestId: request.id, resultId, code, addedAt: 0 };
};
let self = createAssessment(
  { frameworkId: fw.id, frameworkVersion: fw.version, title: 'T', sections: ['C3.1'] },
  0,
  'A1',
);
self = withAnswer(self, layout.itemIds[0] as string, { current: 1 }, 0);

describe('feedbackForAssessment', () => {
  it('reads only the feedback of the assessment’s own requests, and the others’ view of it', () => {
    const other = requestOf('FB000002', 'A2');
    const requests = { [mine.id]: mine, [other.id]: other };
    const collected = {
      a: collect(mine, 'R0000001', 3),
      b: collect(mine, 'R0000002', 3),
      c: collect(mine, 'R0000003', 4),
      d: collect(other, 'R0000004', 1),
    };
    const { requests: own, given, view } = feedbackForAssessment(fw, self, requests, collected);
    expect(own).toEqual([mine]);
    expect(given.map((g) => g.resultId)).toEqual(['R0000001', 'R0000002', 'R0000003']);
    const first = view?.statements.find((s) => s.itemId === layout.itemIds[0]);
    expect(first?.others?.median).toBe(3);
    expect(first?.self).toBe(1);
  });

  it('has no view without feedback, or when a request is of another framework version', () => {
    const old = requestOf('FB000003', 'A1', '0.0.1');
    expect(feedbackForAssessment(fw, self, { [mine.id]: mine }, {})).toEqual({
      requests: [mine],
      given: [],
      view: null,
    });
    const r2 = feedbackForAssessment(fw, self, { [old.id]: old }, { a: collect(old, 'R0000001', 3) });
    expect(r2.view).toBeNull();
  });

  it('reads a result only under its own id: one rater’s code kept twice under another id counts once', () => {
    const once = collect(mine, 'R0000001', 3);
    const copied = { ...once, resultId: 'R0000009' };
    const { given } = feedbackForAssessment(fw, self, { [mine.id]: mine }, { a: once, b: copied });
    expect(given.map((g) => g.resultId)).toEqual(['R0000001']);
  });
});
