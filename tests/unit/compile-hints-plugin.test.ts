// The compile hint is the first line of the chunks that hold wanted modules, and of no other.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, firstRatingCode } from '../../build/compile-hints-plugin.ts';

async function buildWithHints(files: Record<string, string>, wanted: (id: string) => boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'hints-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [compileHints(wanted)],
    build: { write: false, minify: true, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).flatMap((c) => (c.type === 'chunk' ? [c] : []));
}

describe('compile hints', () => {
  it('starts the wanted chunks of a minified build with the hint, and leaves the others alone', async () => {
    const chunks = await buildWithHints(
      {
        'entry.js':
          "export const later = () => import('./eager.js');\nexport const other = () => import('./plain.js');\n",
        'eager.js': '// dropped by the minifier\nexport function rate(v) { return v * 2; }\n',
        'plain.js': 'export function report(v) { return v + 1; }\n',
      },
      (id) => id.endsWith('eager.js'),
    );
    const eager = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('eager.js')));
    const plain = chunks.find((c) => c.moduleIds.some((id) => id.endsWith('plain.js')));
    expect(eager?.code.startsWith(COMPILE_HINT)).toBe(true);
    expect(eager?.code).not.toContain('dropped by the minifier');
    expect(eager?.code.split(COMPILE_HINT)).toHaveLength(2);
    expect(plain?.code).not.toContain('allFunctionsCalledOnLoad');
  });

  it('wants React’s DOM renderer, the questionnaire and the stores, not the results or React’s server code', () => {
    const wanted = [
      '/app/node_modules/react-dom/cjs/react-dom-client.production.js',
      '/app/node_modules/scheduler/cjs/scheduler.production.js',
      '/app/src/features/questionnaire/ScaleChoice.tsx',
      '/app/src/store/assessments.ts',
    ];
    const unwanted = [
      '/app/node_modules/react-dom/cjs/react-dom-server.browser.production.js',
      '/app/node_modules/recharts/es6/index.js',
      '/app/src/features/results/ResultsPage.tsx',
      '/app/src/domain/results/gaps.ts',
    ];
    expect(wanted.filter(firstRatingCode)).toEqual(wanted);
    expect(unwanted.filter(firstRatingCode)).toEqual([]);
  });
});
