import { describe, expect, it } from 'vitest';
import type { FrameworkSummary } from '../framework/summary.ts';
import { prefillFrom } from '../workshop/prefill.ts';
import { startLinkHash } from './startLink.ts';

const summary = {
  id: 'samenwerken',
  sections: [{ id: 'kc1' }, { id: 'kc 2' }],
  levels: [{ id: 'basis' }, { id: 'plus1' }],
} as unknown as FrameworkSummary;

/** Reads a link's query as the app's routes do. */
function read(hash: string) {
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  return {
    framework: params.get('framework'),
    sections: params.get('sections')?.split(',') ?? null,
    level: params.get('level'),
    language: params.get('lng'),
  };
}

describe('startLinkHash', () => {
  it('names the framework, the chosen sections, the level and the language', () => {
    const hash = startLinkHash({
      framework: 'samenwerken',
      sections: ['kc1'],
      level: 'plus1',
      language: 'fi',
    });
    expect(hash).toBe('#/assess/new?framework=samenwerken&sections=kc1&level=plus1&lng=fi');
  });

  it('leaves out what is not chosen: every section, no level, no language', () => {
    expect(startLinkHash({ framework: 'x y', sections: null, level: null, language: null })).toBe(
      '#/assess/new?framework=x%20y',
    );
  });

  it('reads back as the same choice, with nothing ignored', () => {
    const hash = startLinkHash({
      framework: 'samenwerken',
      sections: ['kc 2', 'kc1'],
      level: 'basis',
      language: 'sv',
    });
    expect(prefillFrom(read(hash), [summary], ['en', 'sv'])).toEqual({
      frameworkId: 'samenwerken',
      sections: ['kc 2', 'kc1'],
      level: 'basis',
      language: 'sv',
      ignored: [],
    });
  });

  it('a link with values not known here reports each one, and keeps the rest', () => {
    const link = { framework: 'samenwerken', sections: ['c3.1', 'kc1'], level: 'plus3', language: 'de' };
    expect(prefillFrom(link, [summary], ['en', 'sv'])).toMatchObject({
      sections: ['kc1'],
      level: null,
      language: null,
      ignored: [
        { what: 'section', value: 'c3.1' },
        { what: 'level', value: 'plus3' },
        { what: 'language', value: 'de' },
      ],
    });
  });
});
