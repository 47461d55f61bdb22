// Feedback in a saved file: it travels with its assessments and is read back
// whole, or the file is refused with where each reference goes wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAssessments, feedbackInFile, serializeExport } from '../assessment/assessmentFile.ts';
import { parseImport } from '../assessment/importFile.ts';
import { createAssessment } from '../assessment/model.ts';
import { loadFramework } from '../framework/loader.ts';
import { feedbackFileFields, MAX_FILE_REQUESTS, MAX_FILE_RESULTS } from './importedFeedback.ts';
import { createRequest } from './newRequest.ts';
import { type CollectedFeedback, feedbackKey } from './request.ts';

const loaded = loadFramework(readFileSync('frameworks/guidance-competences.yaml', 'utf8'), 'g.yaml');
if (!loaded.ok) throw new Error('fixture');
const fw = loaded.framework;
const frameworkOf = (id: string) => (id === fw.id ? fw : undefined);

const mine = createAssessment({ frameworkId: fw.id, frameworkVersion: fw.version, title: 'Mine' }, 10, 'a1');
const other = createAssessment(
  { frameworkId: fw.id, frameworkVersion: fw.version, title: 'Other' },
  10,
  'a2',
);
const choice = { sections: ['C3.1'], name: 'Anna', message: 'Thanks', goal: true };
const request = createRequest(mine, choice, 20, 'FB000001');
const otherRequest = createRequest(other, choice, 20, 'FB000002');
const result = (requestId: string, resultId: string, code = `CODE${resultId}`): CollectedFeedback => ({
  requestId,
  resultId,
  code,
  addedAt: 30,
});
const stored = {
  feedbackRequests: { [request.id]: request, [otherRequest.id]: otherRequest },
  feedbackResults: Object.fromEntries(
    [result('FB000001', 'R0000001'), result('FB000001', 'R0000002'), result('FB000002', 'R0000003')].map(
      (r) => [feedbackKey(r.requestId, r.resultId), r],
    ),
  ),
};

const read = (text: string) => parseImport(text, 'all.json', frameworkOf);
const problemsOf = (file: object) => {
  const r = read(JSON.stringify(file, null, 2));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};
const fileOf = (patch: object) => ({
  ...exportAssessments([mine], '0.1.0', 40, stored),
  ...patch,
});

describe('feedback in a saved file', () => {
  it('travels with the assessments it belongs to, and reads back the same', () => {
    const file = exportAssessments([mine], '0.1.0', 40, stored);
    expect(file.feedbackRequests).toEqual([request]);
    expect(file.feedbackResults?.map((r) => r.resultId)).toEqual(['R0000001', 'R0000002']);
    const back = read(serializeExport(file));
    expect(back).toEqual({
      ok: true,
      assessments: [mine],
      feedback: { feedbackRequests: [request], feedbackResults: file.feedbackResults },
    });
  });

  it('with every assessment, all of it', () => {
    const file = exportAssessments([mine, other], '0.1.0', 40, stored);
    expect(file.feedbackRequests?.map((r) => r.id)).toEqual(['FB000001', 'FB000002']);
    expect(file.feedbackResults).toHaveLength(3);
  });

  it('is what the export buttons say a file carries: every rater’s code of the assessments saved', () => {
    expect(feedbackInFile([other], stored).feedbackResults.map((r) => r.resultId)).toEqual(['R0000003']);
    const alone = createAssessment({ frameworkId: fw.id, frameworkVersion: fw.version, title: 'Alone' }, 10);
    expect(feedbackInFile([alone], stored)).toEqual({ feedbackRequests: [], feedbackResults: [] });
    const asked = { ...stored, feedbackResults: {} };
    expect(feedbackInFile([mine], asked)).toEqual({ feedbackRequests: [request], feedbackResults: [] });
  });

  it('is optional: a file saved before feedback travelled still reads', () => {
    const {
      feedbackRequests: _,
      feedbackResults: __,
      ...older
    } = exportAssessments([mine], '0.1.0', 40, stored);
    expect(read(JSON.stringify(older))).toEqual({
      ok: true,
      assessments: [mine],
      feedback: { feedbackRequests: [], feedbackResults: [] },
    });
  });

  it('refuses a request for an assessment the file does not hold', () => {
    expect(problemsOf(fileOf({ feedbackRequests: [request, otherRequest] }))).toEqual([
      'feedbackRequests[1].assessmentId: the assessment "a2" is not in this file',
    ]);
  });

  it('refuses a result for a request the file does not hold', () => {
    const results = [result('FB000001', 'R0000001'), result('FB000002', 'R0000003')];
    expect(problemsOf(fileOf({ feedbackResults: results }))).toEqual([
      'feedbackResults[1].requestId: the feedback request "FB000002" is not in this file',
    ]);
  });

  it('refuses a request twice, and a result twice, naming where each was first', () => {
    const results = [result('FB000001', 'R0000001'), result('FB000001', 'R0000001', 'OTHER')];
    expect(problemsOf(fileOf({ feedbackRequests: [request, request], feedbackResults: results }))).toEqual([
      expect.stringMatching(/^feedbackRequests\[1\]\.id: the id "FB000001" is already used at line \d+$/),
      expect.stringMatching(
        /^feedbackResults\[1\]\.resultId: the id "R0000001" is already used at line \d+$/,
      ),
    ]);
  });

  it('checks each field with the stored data’s schemas, and the number of entries', () => {
    expect(problemsOf(fileOf({ feedbackRequests: [{ ...request, id: 'not an id' }] }))).toEqual([
      'feedbackRequests[0].id: has the wrong form',
    ]);
    expect(problemsOf(fileOf({ feedbackResults: [{ ...result('FB000001', 'R1'), code: 7 }] }))).toEqual([
      'feedbackResults[0].code: expected a text, found a whole number',
    ]);
    expect(problemsOf(fileOf({ feedbackResults: 'all of them' }))).toEqual([
      'feedbackResults: expected a list, found a text',
    ]);
    // The limit, checked by the schema itself (a file of 20,000 results takes seconds to read with positions).
    const many = Array.from({ length: MAX_FILE_RESULTS + 1 }, () => result('FB000001', 'R1'));
    expect(feedbackFileFields.feedbackResults.safeParse(many).success).toBe(false);
    expect(feedbackFileFields.feedbackResults.safeParse(many.slice(1)).success).toBe(true);
    const requests = Array.from({ length: MAX_FILE_REQUESTS + 1 }, () => request);
    expect(feedbackFileFields.feedbackRequests.safeParse(requests).success).toBe(false);
  });

  it('refuses a request that asks for what its assessment does not rate, naming what it rates', () => {
    const some = { ...mine, sections: ['C3.1'] };
    const asked = (patch: object, assessment = mine) =>
      problemsOf({
        ...exportAssessments([assessment], '0.1.0', 40, stored),
        feedbackRequests: [{ ...request, ...patch }],
        feedbackResults: [],
      });
    expect(asked({ frameworkVersion: '0.9' })).toEqual([
      `feedbackRequests[0].frameworkVersion: does not match the assessment "a1" the request was made from (there: ${fw.version})`,
    ]);
    expect(asked({ frameworkId: 'other' })).toEqual([
      `feedbackRequests[0].frameworkId: does not match the assessment "a1" the request was made from (there: ${fw.id})`,
    ]);
    expect(asked({ level: 'L2' })).toEqual([
      'feedbackRequests[0].level: does not match the assessment "a1" the request was made from (there: –)',
    ]);
    expect(asked({ sections: ['C3.1', 'B3.3'] }, some)).toEqual([
      'feedbackRequests[0].sections[1]: does not match the assessment "a1" the request was made from (there: C3.1)',
    ]);
    // None listed: every section, more than the assessment rates.
    expect(asked({ sections: [] }, some)).toEqual([
      'feedbackRequests[0].sections: does not match the assessment "a1" the request was made from (there: C3.1)',
    ]);
    // What the assessment rates, or every section of an assessment of all, fits.
    expect(asked({ sections: ['C3.1'] }, some)).toEqual([]);
    expect(asked({ sections: [] })).toEqual([]);
    expect(asked({ sections: ['B3.3', 'C3.1'] })).toEqual([]);
  });
});

describe('an assessment’s id in a saved file', () => {
  it('is refused where it names an object’s built-ins, as the stored data’s restore sets them aside', () => {
    for (const id of ['__proto__', 'constructor', 'prototype'])
      expect(
        problemsOf({
          ...exportAssessments([{ ...mine, id }], '0.1.0', 40, stored),
          feedbackRequests: [],
          feedbackResults: [],
        }),
      ).toEqual([`assessments[0].id: the id "${id}" is reserved and cannot be used`]);
  });
});
