import { describe, expect, it } from 'vitest';
import { audienceOf } from './audience.ts';

describe('audienceOf', () => {
  it('speaks to an organisation as a team and to anyone else as a person', () => {
    expect(audienceOf({ subject: 'organisation' })).toBe('team');
    expect(audienceOf({ subject: 'individual' })).toBe('person');
    expect(audienceOf({ subject: 'individual' }, { feedback: null })).toBe('person');
  });

  it('speaks to a rater of their view of another, kept copy or not, whatever the framework’s subject', () => {
    const feedback = { to: 'Kari', goal: true, rater: '', kept: false };
    expect(audienceOf({ subject: 'individual' }, { feedback })).toBe('rater');
    expect(audienceOf({ subject: 'organisation' }, { feedback })).toBe('rater');
    expect(audienceOf({ subject: 'individual' }, { feedback: { ...feedback, kept: true } })).toBe('rater');
  });
});
