// Raters' notes: a named rater's by name; anonymous ones only with enough anonymous raters, in no telling order.
import { describe, expect, it } from 'vitest';
import { r } from '../workshop/workshop.testing.ts';
import type { GivenFeedback } from './feedbackCode.ts';
import { raterNotes } from './raterNotes.ts';

let next = 0;
const given = (rater: string, level: number | null, note?: string): GivenFeedback => ({
  requestId: 'FB000001',
  resultId: `R${String(next++).padStart(7, '0')}`,
  rater,
  ratings: { k1: r(level, null) },
  notes: note === undefined ? {} : { k1: note },
});

describe('raterNotes', () => {
  it('shows a named rater’s note by name, whatever the number of raters', () => {
    expect(raterNotes([given('Supervisor', 3, ' Good at networks ')], 'k1')).toEqual({
      named: [{ rater: 'Supervisor', text: 'Good at networks' }],
      anonymous: [],
    });
  });

  it('hides anonymous notes with only two anonymous raters of the statement', () => {
    const two = [given('', 3, 'zeta'), given('', 2, 'alpha'), given('Boss', 4)];
    expect(raterNotes(two, 'k1').anonymous).toEqual([]);
    // A third anonymous rater who did not rate this statement does not make the group.
    expect(raterNotes([...two, given('', null, 'beta')], 'k1').anonymous).toEqual([]);
  });

  it('shows anonymous notes with three anonymous raters, sorted by text, not by who came first', () => {
    const three = [given('', 4, 'zeta'), given('', 2, 'alpha'), given('', 3)];
    expect(raterNotes(three, 'k1')).toEqual({ named: [], anonymous: ['alpha', 'zeta'] });
    expect(raterNotes(three, 'k1', 4).anonymous).toEqual([]);
  });
});
