import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadFramework } from './loader.ts';

const minimal = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const seed = readFileSync('frameworks/samenwerken.yaml', 'utf8');

/** Whatever the input, the loader answers with a framework or well-formed problems. */
function expectWellFormedAnswer(text: string): void {
  const result = loadFramework(text, 'random.yaml');
  if (result.ok) {
    expect(result.framework.sections.length).toBeGreaterThan(0);
    return;
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe('random.yaml');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines + 1);
    expect(p.col).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

const jsonValue = fc.jsonValue({ maxDepth: 4 });

describe('loadFramework never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), expectWellFormedAnswer), { numRuns: 300 });
  });

  it('on random YAML-looking text', () => {
    const token = fc.constantFrom(
      ...[
        'format:',
        'id:',
        '- ',
        '  ',
        '\n',
        '{',
        '}',
        '[',
        ']',
        '&a ',
        '*a',
        '!!str ',
        '"',
        "'",
        '#',
        ': ',
        '|',
        '>',
        '\t',
      ],
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 80 }), (parts) =>
        expectWellFormedAnswer(parts.join('')),
      ),
      { numRuns: 300 },
    );
  });

  it('on random documents of any shape', () => {
    fc.assert(
      fc.property(jsonValue, (value) => expectWellFormedAnswer(stringify(value))),
      { numRuns: 200 },
    );
  });

  it('on valid frameworks with one value replaced by a random one', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), jsonValue, (at, value) => {
        const line = lines[at] ?? '';
        const colon = line.indexOf(': ');
        const mutated = [...lines];
        mutated[at] =
          colon > 0
            ? `${line.slice(0, colon)}: ${JSON.stringify(value)}`
            : `${line} ${JSON.stringify(value)}`;
        expectWellFormedAnswer(mutated.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('on valid frameworks with a line removed, duplicated or cut', () => {
    const lines = minimal.split('\n');
    fc.assert(
      fc.property(
        fc.nat(lines.length - 1),
        fc.constantFrom('drop', 'double', 'cut'),
        fc.nat(40),
        (at, how, cut) => {
          const mutated = [...lines];
          const line = mutated[at] ?? '';
          if (how === 'drop') mutated.splice(at, 1);
          if (how === 'double') mutated.splice(at, 0, line);
          if (how === 'cut') mutated[at] = line.slice(0, cut);
          expectWellFormedAnswer(mutated.join('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
