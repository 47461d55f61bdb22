import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes.ts';

describe('hash routes', () => {
  it('reads the library, a framework, the list and an assessment', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/?lng=sv')).toEqual({ name: 'library' });
    expect(parseRoute('#/framework/samenwerken')).toEqual({ name: 'framework', id: 'samenwerken' });
    expect(parseRoute('#/assessments')).toEqual({ name: 'assessments' });
    expect(parseRoute('#/assess/abc?section=C3.1')).toEqual({
      name: 'questionnaire',
      id: 'abc',
      section: 'C3.1',
    });
  });

  it('reads a trainer’s deep link to start an assessment', () => {
    expect(parseRoute('#/assess/new?framework=samenwerken&sections=a,b&level=plus1&lng=nl')).toEqual({
      name: 'start',
      frameworkId: 'samenwerken',
      sections: ['a', 'b'],
      level: 'plus1',
    });
    expect(parseRoute('#/assess/new?framework=x')).toMatchObject({ sections: null, level: null });
  });

  it('names anything else not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', hash: '#/nowhere' });
  });
});
