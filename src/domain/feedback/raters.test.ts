import { describe, expect, it } from 'vitest';
import { byRater, raterCount } from './raters.ts';

const given = (rater: string) => ({ rater });

describe('who gave feedback', () => {
  it('counts every result, the anonymous ones, and names the named ones in the order they came', () => {
    expect(raterCount([given('supervisor'), given(''), given('Ben'), given('')])).toEqual({
      received: 4,
      anonymous: 2,
      names: ['supervisor', 'Ben'],
    });
  });

  it('says nobody where no result reads', () => {
    expect(raterCount([])).toEqual({ received: 0, anonymous: 0, names: [] });
  });

  it('splits the same way for self beside others: a name or role names a rater, an empty one keeps them anonymous', () => {
    const list = [given('colleague'), given(''), given('colleague')];
    const { named, anonymous } = byRater(list);
    expect(named).toEqual([list[0], list[2]]);
    expect(anonymous).toEqual([list[1]]);
  });
});
