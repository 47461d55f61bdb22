// Opening a saved file with feedback: what is kept afterwards.
import { describe, expect, it } from 'vitest';
import { createRequest } from '../feedback/newRequest.ts';
import type { CollectedFeedback, FeedbackRequest } from '../feedback/request.ts';
import { type ImportItem, type Kept, mergeImport } from './importMerge.ts';
import { createAssessment } from './model.ts';

const a1 = createAssessment({ frameworkId: 'f', frameworkVersion: '1', title: 'Mine' }, 10, 'a1');
const choice = { sections: [], name: '', message: '', goal: false };
const request = (id: string, assessmentId = 'a1'): FeedbackRequest =>
  createRequest({ ...a1, id: assessmentId }, choice, 20, id);
const result = (requestId: string, resultId: string, code: string, addedAt = 30): CollectedFeedback => ({
  requestId,
  resultId,
  code,
  addedAt,
});
const none: Kept = { assessments: {}, feedbackRequests: {}, feedbackResults: {} };
const file = (requests: FeedbackRequest[], results: CollectedFeedback[]) => ({
  feedbackRequests: requests,
  feedbackResults: results,
});
const AT = 1000;
const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe('a saved file with feedback, opened', () => {
  it('keeps the requests and results that came with an assessment, in the same change', () => {
    const { kept } = mergeImport(
      none,
      [{ assessment: a1, mode: 'add' }],
      file([request('FB000001')], [result('FB000001', 'R1', 'C1'), result('FB000001', 'R2', 'C2')]),
      AT,
    );
    expect(Object.keys(kept.assessments)).toEqual(['a1']);
    expect(kept.feedbackRequests).toEqual({ FB000001: request('FB000001') });
    expect(Object.keys(kept.feedbackResults)).toEqual(['FB000001.R1', 'FB000001.R2']);
  });

  it('counts a result already kept with the same code once, and keeps it as it was', () => {
    const earlier = result('FB000001', 'R1', 'C1', 5);
    const before: Kept = {
      assessments: { a1 },
      feedbackRequests: { FB000001: request('FB000001') },
      feedbackResults: { 'FB000001.R1': earlier },
    };
    const items: ImportItem[] = [{ assessment: a1, mode: 'replace' }];
    const { kept } = mergeImport(
      before,
      items,
      file([request('FB000001')], [result('FB000001', 'R1', 'C1', 9)]),
      AT,
    );
    expect(kept.feedbackResults).toEqual({ 'FB000001.R1': earlier });
    expect(kept.feedbackResults['FB000001.R1']).toBe(earlier);
  });

  it('drops nothing kept, and lets an older copy of a result write over nothing', () => {
    const newer = result('FB000001', 'R1', 'NEW', 50);
    const mineOnly = result('FB000001', 'R3', 'C3', 5);
    const before: Kept = {
      assessments: { a1 },
      feedbackRequests: { FB000001: request('FB000001') },
      feedbackResults: { 'FB000001.R1': newer, 'FB000001.R3': mineOnly },
    };
    const items: ImportItem[] = [{ assessment: a1, mode: 'replace' }];
    const older = file([request('FB000001')], [result('FB000001', 'R1', 'OLD', 40)]);
    expect(mergeImport(before, items, older, AT).kept.feedbackResults).toEqual(before.feedbackResults);
    // A later one (a rater who handed a changed code in on the other device) replaces it.
    const later = file([request('FB000001')], [result('FB000001', 'R1', 'LATER', 60)]);
    expect(mergeImport(before, items, later, AT).kept.feedbackResults).toEqual({
      'FB000001.R1': result('FB000001', 'R1', 'LATER', 60),
      'FB000001.R3': mineOnly,
    });
  });

  it('with “keep both”: a request not kept yet goes with the copy, one kept stays with its own assessment', () => {
    const before: Kept = {
      assessments: { a1 },
      feedbackRequests: { FB000001: request('FB000001') },
      feedbackResults: { 'FB000001.R1': result('FB000001', 'R1', 'C1') },
    };
    const items: ImportItem[] = [{ assessment: a1, mode: 'keep-both' }];
    const incoming = file(
      [request('FB000001'), request('FB000002')],
      [result('FB000001', 'R2', 'C2'), result('FB000002', 'R9', 'C9')],
    );
    const { kept } = mergeImport(before, items, incoming, AT, ids());
    expect(Object.keys(kept.assessments).sort()).toEqual(['a1', 'new1']);
    expect(kept.assessments.new1?.title).toBe('Mine');
    expect(kept.feedbackRequests.FB000001?.assessmentId).toBe('a1');
    expect(kept.feedbackRequests.FB000002?.assessmentId).toBe('new1');
    expect(Object.keys(kept.feedbackResults).sort()).toEqual(['FB000001.R1', 'FB000001.R2', 'FB000002.R9']);
    // The preview says what the merge did: one result comes with the copy, one joins the request kept.
    const outcome = (mode: ImportItem['mode']) =>
      mergeImport(before, [{ assessment: a1, mode }], incoming, AT, ids()).feedback;
    expect(outcome('keep-both')).toEqual(new Map([['a1', { coming: 1, joining: 1, refused: 0 }]]));
    expect(outcome('replace')).toEqual(new Map([['a1', { coming: 1, joining: 1, refused: 0 }]]));
  });

  it('keeps no time later than the moment of opening', () => {
    const { kept } = mergeImport(
      none,
      [{ assessment: a1, mode: 'add' }],
      file([{ ...request('FB000001'), createdAt: 9e12 }], [result('FB000001', 'R1', 'C1', 9e12)]),
      AT,
    );
    expect(kept.feedbackRequests.FB000001?.createdAt).toBe(AT);
    expect(kept.feedbackResults['FB000001.R1']?.addedAt).toBe(AT);
  });

  it('keeps no feedback of an assessment not opened', () => {
    const { kept } = mergeImport(none, [], file([request('FB000001')], [result('FB000001', 'R1', 'C1')]), AT);
    expect(kept).toEqual(none);
  });

  it('keeps no feedback of an assessment not opened, also for a request already kept', () => {
    const before: Kept = {
      assessments: { a1 },
      feedbackRequests: { FB000001: request('FB000001') },
      feedbackResults: {},
    };
    const incoming = file([request('FB000001')], [result('FB000001', 'R1', 'C1')]);
    expect(mergeImport(before, [], incoming, AT).kept).toEqual(before);
  });

  it('adds results to a request kept only when the file’s request asks the same, and says which', () => {
    const mine = result('FB000001', 'R1', 'MINE', 5);
    const before: Kept = {
      assessments: { a1 },
      feedbackRequests: { FB000001: request('FB000001') },
      feedbackResults: { 'FB000001.R1': mine },
    };
    const items: ImportItem[] = [{ assessment: a1, mode: 'keep-both' }];
    const results = [result('FB000001', 'R1', 'THEIRS', 50), result('FB000001', 'R2', 'C2', 50)];
    const same = mergeImport(before, items, file([request('FB000001')], results), AT, ids());
    expect(same.kept.feedbackResults).toEqual({ 'FB000001.R1': results[0], 'FB000001.R2': results[1] });
    expect(same.feedback.get('a1')).toEqual({ coming: 0, joining: 2, refused: 0 });
    // Asked of other sections, with a goal, of another version, or at another level: its codes are left out.
    for (const other of [
      { ...request('FB000001'), sections: ['S2'] },
      { ...request('FB000001'), goal: true },
      { ...request('FB000001'), frameworkVersion: '2' },
      { ...request('FB000001'), level: 'L2' },
      { ...request('FB000001'), frameworkId: 'g' },
    ]) {
      const merged = mergeImport(before, items, file([other], results), AT, ids());
      expect(merged.kept.feedbackResults).toEqual(before.feedbackResults);
      expect(merged.kept.feedbackRequests).toEqual(before.feedbackRequests);
      expect(merged.feedback.get('a1')).toEqual({ coming: 0, joining: 0, refused: 2 });
    }
    // The same sections in another order ask the same.
    const twoSections = { ...request('FB000001'), sections: ['S1', 'S2'] };
    const keptTwo = { ...before, feedbackRequests: { FB000001: twoSections } };
    const reordered = file([{ ...twoSections, sections: ['S2', 'S1'] }], results);
    expect(mergeImport(keptTwo, items, reordered, AT, ids()).feedback.get('a1')?.joining).toBe(2);
  });

  it('lets a time to come replace no kept result', () => {
    const mine = result('FB000001', 'R1', 'MINE', 5);
    const before: Kept = {
      assessments: { a1 },
      feedbackRequests: { FB000001: request('FB000001') },
      feedbackResults: { 'FB000001.R1': mine },
    };
    const future = file([request('FB000001')], [result('FB000001', 'R1', 'FUTURE', 9e12)]);
    const merged = mergeImport(before, [{ assessment: a1, mode: 'replace' }], future, AT);
    expect(merged.kept.feedbackResults).toEqual({ 'FB000001.R1': mine });
    expect(merged.feedback.get('a1')).toEqual({ coming: 0, joining: 0, refused: 0 });
  });

  it('adds beside, never over, an assessment kept under the same id meanwhile', () => {
    const mine = { ...a1, title: 'Kept meanwhile' };
    const { kept, ids: keptUnder } = mergeImport(
      { ...none, assessments: { a1: mine } },
      [{ assessment: a1, mode: 'add' }],
      file([], []),
      AT,
      ids(),
    );
    expect(keptUnder).toEqual(['new1']);
    expect(kept.assessments.a1).toBe(mine);
    expect(kept.assessments.new1?.title).toBe('Mine');
  });
});
