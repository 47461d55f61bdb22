// Feedback requests, links and codes, and self beside others on known values.
import { describe, expect, it } from 'vitest';
import { createAssessment, withAnswer } from '../assessment/model.ts';
import { layoutOf } from '../workshop/exercise.ts';
import { enoughToShow } from '../workshop/groupPicture.ts';
import { decodeResult, encodeResult, type Rating } from '../workshop/resultCode.ts';
import { r, repoFramework } from '../workshop/workshop.testing.ts';
import { codeRequest, type GivenFeedback, readFeedback } from './feedbackCode.ts';
import { decodeGive, encodeGive, type LinkedRequest } from './feedbackLink.ts';
import { othersSummary, othersView } from './othersView.ts';

const fw = repoFramework('guidance-competences.yaml');
const request: LinkedRequest = {
  id: 'FB000001',
  frameworkId: fw.id,
  frameworkVersion: fw.version,
  sections: ['C3.1'],
  level: null,
  name: 'Anna',
  message: 'Thank you!',
  goal: true,
};
const layout = layoutOf(fw, request);

/** A rater's code: every statement at `level` unless `ratings` says otherwise. */
function codeOf(ratings: Record<string, Rating>, rater = '', of = request, resultId = 'R0000001') {
  const list = layout.itemIds.map((id) => ratings[id] ?? r(null, null));
  const notes = rater ? { [layout.itemIds.length]: rater } : {};
  return encodeResult(codeRequest(of), layout, list, notes, resultId) as string;
}

describe('feedback links', () => {
  it('read back the request they carry, and the framework text when it fits', async () => {
    const { param, withFramework } = await encodeGive(request, 'format: x');
    expect(withFramework).toBe(true);
    expect(await decodeGive(param)).toEqual({ request, frameworkText: 'format: x' });
  });

  it('are refused when altered or not a request', async () => {
    const { param } = await encodeGive(request, null);
    expect(await decodeGive(`${param.slice(0, -3)}AAA`)).toBeNull();
    expect(await decodeGive('not a link')).toBeNull();
    expect(await decodeGive('x'.repeat(20_000))).toBeNull();
    expect(await decodeGive((await encodeGive({ ...request, id: 'short' }, null)).param)).toBeNull();
  });
});

describe('feedback codes', () => {
  it('read back the ratings by statement and the rater’s name or role', () => {
    const code = codeOf({ 'C3.1-k1': r(3, 4), 'C3.1-k2': r(null, null, true) }, 'supervisor');
    const read = readFeedback(code, request, fw);
    expect(read.ok && read.feedback.rater).toBe('supervisor');
    expect(read.ok && read.feedback.ratings['C3.1-k1']).toEqual(r(3, 4));
    expect(read.ok && read.feedback.ratings['C3.1-k2']).toEqual(r(null, null, true));
    expect(read.ok && read.feedback.resultId).toBe('R0000001');
  });

  it('leave out a goal the request did not ask for', () => {
    const read = readFeedback(codeOf({ 'C3.1-k1': r(3, 4) }), { ...request, goal: false }, fw);
    expect(read.ok && read.feedback.ratings['C3.1-k1']).toEqual(r(3, null));
  });

  it('catch a changed character and refuse a code of another request', () => {
    const code = codeOf({ 'C3.1-k1': r(3, 4) });
    const changed = code.slice(0, 25) + (code[25] === '0' ? '1' : '0') + code.slice(26);
    expect(readFeedback(changed, request, fw)).toEqual({ ok: false, problem: 'altered' });
    const other = codeOf({}, '', { ...request, id: 'FB000002' });
    expect(readFeedback(other, request, fw)).toEqual({ ok: false, problem: 'other-exercise' });
    expect(readFeedback('x'.repeat(30_000), request, fw)).toEqual({ ok: false, problem: 'too-long' });
  });

  it('carry a label only where one is expected: a workshop refuses it', () => {
    const code = codeOf({}, 'mentor');
    expect(decodeResult(code, codeRequest(request), layout).ok).toBe(false);
    expect(decodeResult(code, codeRequest(request), layout, true).ok).toBe(true);
  });
});

const given = (rater: string, levels: Record<string, number | null>, id = rater): GivenFeedback => ({
  requestId: request.id,
  resultId: id,
  rater,
  ratings: Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, r(v, v === null ? null : 4)])),
  notes: {},
});

describe('self beside others', () => {
  let self = createAssessment(
    { frameworkId: fw.id, frameworkVersion: fw.version, title: 'T', sections: ['C3.1'] },
    0,
  );
  self = withAnswer(self, 'C3.1-k1', { current: 1, target: 3 }, 1);
  self = withAnswer(self, 'C3.1-k2', { current: 4 }, 2);
  self = withAnswer(self, 'C3.1-k3', { current: 2 }, 3);
  const three = [
    given('', { 'C3.1-k1': 3, 'C3.1-k2': 2, 'C3.1-k3': 2 }, 'A'),
    given('', { 'C3.1-k1': 3, 'C3.1-k2': 2, 'C3.1-k3': 2 }, 'B'),
    given('', { 'C3.1-k1': 2, 'C3.1-k2': 3, 'C3.1-k3': 2 }, 'C'),
  ];

  it('gives the others’ median, range and count beside the own level', () => {
    const view = othersView(fw, self, three);
    const k1 = view.statements.find((s) => s.itemId === 'C3.1-k1');
    expect(k1).toMatchObject({ self: 1, selfTarget: 3, difference: 2, higher: 3, lower: 0 });
    expect(k1?.others).toEqual({ n: 3, median: 3, min: 2, max: 3 });
    expect(k1?.othersTarget).toEqual({ n: 3, median: 4, min: 4, max: 4 });
  });

  it('leads with hidden strengths and blind spots, by how much and how many', () => {
    const view = othersView(fw, self, three);
    expect(view.hiddenStrengths.map((s) => [s.itemId, s.difference, s.higher])).toEqual([['C3.1-k1', 2, 3]]);
    expect(view.blindSpots.map((s) => [s.itemId, s.difference, s.lower])).toEqual([['C3.1-k2', -2, 3]]);
  });

  it('gives a section the mean of the own levels beside the spread of the raters’ means', () => {
    const section = othersView(fw, self, three).sections[0];
    expect(section?.self).toBeCloseTo(7 / 3);
    expect(section?.others).toEqual({ n: 3, median: 7 / 3, min: 7 / 3, max: 7 / 3 });
  });

  it('hides two anonymous raters, and shows a named one by name', () => {
    const two = othersView(fw, self, three.slice(0, 2));
    expect(two.anonymousShown).toBe(false);
    expect(two.statements[0]).toMatchObject({ others: null, anonymousHidden: 2, difference: null });
    expect(two.hiddenStrengths).toEqual([]);
    expect(two.sections[0]?.others).toBeNull();
    const withNamed = othersView(fw, self, [...three.slice(0, 2), given('supervisor', { 'C3.1-k1': 4 })]);
    expect(withNamed.statements[0]?.others).toEqual({ n: 1, median: 4, min: 4, max: 4 });
    expect(withNamed.statements[0]?.named).toEqual([{ rater: 'supervisor', current: 4, target: 4 }]);
    expect(withNamed.statements[0]?.anonymousHidden).toBe(2);
  });

  it('needs three anonymous ratings of a statement before it shows them', () => {
    const partly = [...three.slice(0, 2), given('', { 'C3.1-k2': 1 }, 'D')];
    const view = othersView(fw, self, partly);
    expect(view.anonymousShown).toBe(true);
    expect(view.statements.find((s) => s.itemId === 'C3.1-k1')?.others).toBeNull();
    expect(view.statements.find((s) => s.itemId === 'C3.1-k2')?.others?.n).toBe(3);
  });

  it('sums up for the results’ sentence the raters shown, hidden strengths and blind spots', () => {
    expect(othersSummary(othersView(fw, self, three))).toEqual({
      raters: 3,
      anonymousHidden: 0,
      anonymousFrom: 3,
      hiddenStrengths: 1,
      blindSpots: 1,
    });
    expect(othersSummary(null)).toBeNull();
    // Two anonymous raters are not shown: nothing to sum up; a named one is, alone.
    expect(othersSummary(othersView(fw, self, three.slice(0, 2)))).toBeNull();
    const named = [...three.slice(0, 2), given('supervisor', { 'C3.1-k1': 4, 'C3.1-k2': 4 })];
    expect(othersSummary(othersView(fw, self, named))).toEqual({
      raters: 1,
      anonymousHidden: 2,
      anonymousFrom: 3,
      hiddenStrengths: 1,
      blindSpots: 0,
    });
    // The same rule under a higher threshold: three anonymous raters are too few for five.
    const higher = othersSummary(othersView(fw, self, [...three, named[2] as GivenFeedback], 5));
    expect(higher).toMatchObject({ raters: 1, anonymousHidden: 3, anonymousFrom: 5 });
  });
});

describe('the anonymity threshold', () => {
  it('is at least three, and at least the one asked for', () => {
    expect([enoughToShow(2), enoughToShow(3), enoughToShow(2, 1), enoughToShow(4, 5)]).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });
});

describe('the others’ view as CSV', () => {
  it('gives each statement the own level beside the others’ median, range, count and goal', async () => {
    const { othersCsv } = await import('./othersCsv.ts');
    let self = createAssessment(
      { frameworkId: fw.id, frameworkVersion: fw.version, title: 'T', sections: ['C3.1'] },
      0,
    );
    self = withAnswer(self, 'C3.1-k1', { current: 1 }, 1);
    const raters = ['A', 'B', 'C'].map((id, i) => given('', { 'C3.1-k1': 2 + (i % 2) }, id));
    const header = ['s', 'id', 'text', 'self', 'median', 'min', 'max', 'n', 'goal', 'named'] as const;
    const csv = othersCsv(othersView(fw, self, raters), (id) => `text of ${id}`, 'fi', {
      header: [...header],
    });
    expect(csv.split('\r\n')[1]).toBe('C3.1;C3.1-k1;text of C3.1-k1;1;2;2;3;3;4;');
  });
});

describe('the results’ CSV with feedback', () => {
  it('adds the others’ median, range, raters and goal to each statement', async () => {
    const { assessmentCsv } = await import('../results/csv.ts');
    const { othersColumns } = await import('./othersCsv.ts');
    let self = createAssessment(
      { frameworkId: fw.id, frameworkVersion: fw.version, title: 'T', sections: ['C3.1'] },
      0,
    );
    self = withAnswer(self, 'C3.1-k1', { current: 1, target: 2 }, 1);
    const raters = ['A', 'B', 'C'].map((id, i) => given('', { 'C3.1-k1': 2 + (i % 2) }, id));
    const labels = {
      header: ['f', 's', 'g', 'id', 'text', 'now', 'goal', 'gap', 'na', 'note'] as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ],
      yes: 'y',
      no: 'n',
      kinds: { knowledge: 'k', skill: 's', criterion: 'c' },
      join: (group: string, text: string) => `${group} ${text}`,
      others: {
        header: ['median', 'range', 'raters', 'their goal'] as [string, string, string, string],
        columns: othersColumns(othersView(fw, self, raters), 'en'),
      },
    };
    const [header, first] = assessmentCsv(fw, self, 'en', labels).replace('\uFEFF', '').split('\r\n');
    expect(header?.endsWith(',median,range,raters,their goal')).toBe(true);
    expect(first?.endsWith(',1,2,1,n,,2,2-3,3,4')).toBe(true);
  });
});
