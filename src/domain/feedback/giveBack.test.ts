import { describe, expect, it } from 'vitest';
import { type Answer, createAssessment } from '../assessment/model.ts';
import type { Framework } from '../framework/schema.ts';
import { layoutOf } from '../workshop/exercise.ts';
import { repoFramework } from '../workshop/workshop.testing.ts';
import { feedbackHandBackOf } from './giveBack.ts';

const fw: Framework = repoFramework('guidance-competences.yaml');
const answer = (patch: Partial<Answer>): Answer => ({
  current: 2,
  target: null,
  notApplicable: false,
  note: '',
  updatedAt: 1,
  ...patch,
});

function raterWith(rater: string, answers: Record<string, Answer>) {
  const a = createAssessment(
    {
      frameworkId: fw.id,
      frameworkVersion: fw.version,
      title: 'Feedback to Kari',
      sections: ['C3.1'],
      level: null,
      exercise: { id: 'REQ00001', notes: true, resultId: 'R3SVXT01' },
      feedback: { to: 'Kari', goal: false, rater, kept: false },
    },
    0,
  );
  return { ...a, answers };
}

describe('a rater’s hand-back', () => {
  const [first = ''] = layoutOf(fw, { sections: ['C3.1'], level: null }).itemIds;

  it('says the notes are in the code only when the rater wrote one: their name or role is no note', () => {
    expect(feedbackHandBackOf(fw, raterWith('colleague', { [first]: answer({}) }))?.notesIncluded).toBe(
      false,
    );
    expect(feedbackHandBackOf(fw, raterWith('', { [first]: answer({}) }))?.notesIncluded).toBe(false);
    const noted = raterWith('', { [first]: answer({ note: 'seen in a session' }) });
    expect(feedbackHandBackOf(fw, noted)?.notesIncluded).toBe(true);
  });
});
