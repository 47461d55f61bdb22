import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './routes.ts';

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

  it('reads the authoring guide, at one of its headings', () => {
    expect(parseRoute(hrefFor.guide())).toEqual({ name: 'guide', section: null });
    expect(parseRoute(hrefFor.guide('field-by-field'))).toEqual({ name: 'guide', section: 'field-by-field' });
  });

  it('reads a development plan and its link to rate again', () => {
    expect(parseRoute(hrefFor.plan('a b'))).toEqual({ name: 'plan', id: 'a b', again: false });
    expect(parseRoute(hrefFor.rateAgain('abc'))).toEqual({ name: 'plan', id: 'abc', again: true });
    expect(parseRoute('#/plan/%E0%A4%A/again')).toMatchObject({ name: 'unreadable-link' });
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

  it('reads the workshop pages and a trainer’s deep link to create an exercise', () => {
    expect(parseRoute('#/workshops')).toEqual({ name: 'workshops' });
    expect(parseRoute('#/workshop/new?framework=samenwerken&sections=a,b&level=plus1&lng=fi')).toEqual({
      name: 'workshop-new',
      framework: 'samenwerken',
      sections: ['a', 'b'],
      level: 'plus1',
      language: 'fi',
    });
    expect(parseRoute('#/workshop/new')).toMatchObject({ framework: null, sections: null, language: null });
    expect(parseRoute('#/workshop/ABCD1234')).toEqual({ name: 'workshop', id: 'ABCD1234' });
    expect(parseRoute('#/workshop/ABCD1234/present')).toEqual({ name: 'workshop-present', id: 'ABCD1234' });
    expect(parseRoute('#/workshop/%E0%A4%A')).toMatchObject({ name: 'unreadable-link' });
  });

  it('names anything else not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', hash: '#/nowhere' });
  });

  it('decodes the ids in a link', () => {
    expect(parseRoute('#/results/a%20b%C3%A4?compare=c')).toEqual({
      name: 'results',
      id: 'a bä',
      compare: 'c',
    });
    expect(parseRoute('#/framework/%E0%A4%A4')).toEqual({ name: 'framework', id: 'त' });
  });

  it.each([
    '#/assess/%E0%A4%A',
    '#/results/%',
    '#/framework/%zz',
    '#/assess/%ED%A0%80?section=x',
    '#/results/ok%?compare=%',
  ])('names a link with a malformed escape (%s) unreadable, without throwing', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'unreadable-link', hash });
  });

  it('reads a malformed escape in the query with a replacement character, as browsers do', () => {
    expect(parseRoute('#/assess/abc?section=%E0%A4%A')).toEqual({
      name: 'questionnaire',
      id: 'abc',
      section: '\uFFFD%A',
    });
  });
});
