import { describe, expect, it } from 'vitest';
import { audienceOf } from './audience.ts';

describe('audienceOf', () => {
  it('speaks to an organisation as a team and to anyone else as a person', () => {
    expect(audienceOf({ subject: 'organisation' })).toBe('team');
    expect(audienceOf({ subject: 'individual' })).toBe('person');
  });
});
