// The stored feedback read back entry by entry (version 4), and version 3 data read by version 4.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, restoreStored, serializeState } from '../assessment/persisted.ts';
import { createRequest } from './newRequest.ts';
import { feedbackKey } from './request.ts';

const request = createRequest(
  { id: 'a1', frameworkId: 'f', frameworkVersion: '1', level: null },
  { sections: ['C3.1'], name: 'Anna', message: '', goal: true },
  1000,
  'FB000001',
);
const result = { requestId: 'FB000001', resultId: 'R0000001', code: 'CODE', addedAt: 2000 };
const stored = (state: object, version = 4) => JSON.stringify({ state, version });

describe('stored feedback', () => {
  it('reads back as written', () => {
    const state = {
      ...EMPTY_STATE,
      feedbackRequests: { [request.id]: request },
      feedbackResults: { [feedbackKey(request.id, result.resultId)]: result },
    };
    const restored = restoreStored(serializeState(state));
    expect(restored).toEqual({ ok: true, state, dropped: [] });
  });

  it('sets aside and reports a bad entry, a key that is not its id, and a __proto__ key', () => {
    const text = `{"state":{"feedbackRequests":{"FB000001":${JSON.stringify(request)},"FB000002":${JSON.stringify(
      { ...request, id: 'FB000002', goal: 'yes' },
    )},"__proto__":{}},"feedbackResults":{"FB000001.R0000009":${JSON.stringify(result)}}},"version":4}`;
    const restored = restoreStored(text);
    expect(restored.ok && restored.state.feedbackRequests).toEqual({ FB000001: request });
    expect(restored.ok && restored.state.feedbackResults).toEqual({});
    expect(restored.ok && restored.dropped).toEqual([
      'feedbackRequests.__proto__',
      'feedbackRequests.FB000002',
      'feedbackResults.FB000001.R0000009',
    ]);
  });

  it('reports a map of the wrong type', () => {
    const restored = restoreStored(stored({ feedbackResults: [] }));
    expect(restored.ok && restored.dropped).toEqual(['feedbackResults']);
  });

  it('is empty after version 3 data is read by version 4 (fixture), which keeps everything else', () => {
    const restored = restoreStored(readFileSync('tests/fixtures/storage/v3.json', 'utf8'));
    expect(restored.ok && restored.state.feedbackRequests).toEqual({});
    expect(restored.ok && restored.state.feedbackResults).toEqual({});
    expect(restored.ok && restored.dropped).toEqual([]);
    expect(restored.ok && Object.keys(restored.state.assessments)).toHaveLength(1);
  });
});

describe('a rater’s result file', () => {
  it('is told from a workshop’s, read by the same reader, and names its request', async () => {
    const { fileKind, requestOfFeedbackFile } = await import('../files/fileKind.ts');
    const { FEEDBACK_FILE_FORMAT, readResultFile, writeResultFile } = await import(
      '../workshop/resultFile.ts'
    );
    const { feedbackFileName } = await import('./giveBack.ts');
    const file = writeResultFile('ABCD-EFGH', FEEDBACK_FILE_FORMAT);
    expect(fileKind(file)).toBe('feedback');
    expect(fileKind(writeResultFile('ABCD-EFGH'))).toBe('result');
    expect(readResultFile(file)).toEqual({ ok: true, code: 'ABCDEFGH' });
    const name = feedbackFileName('FB000001', 'R0000001');
    expect(requestOfFeedbackFile(name, ['OTHER001', 'FB000001'])).toBe('FB000001');
    expect(requestOfFeedbackFile('result-fb000001-r0000001.json', ['FB000001'])).toBeNull();
  });
});
