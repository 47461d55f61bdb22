// The compile hint is the first line of the chunks a first rating runs (found
// through the module graph from root modules), and of no other.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, FIRST_RATING_ROOTS } from '../../build/compile-hints-plugin.ts';

async function buildWithHints(files: Record<string, string>, roots: RegExp[]) {
  const dir = mkdtempSync(join(tmpdir(), 'hints-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [compileHints(roots)],
    build: { write: false, minify: true, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).flatMap((c) => (c.type === 'chunk' ? [c] : []));
}

const FILES = {
  'entry.js':
    "export const page = () => import('./page.js');\nexport const other = () => import('./plain.js');\n",
  'page.js':
    "// dropped by the minifier\nimport { twice } from './shared.js';\nexport function rate(v) { return twice(v) + 1; }\n",
  'shared.js': 'export function twice(v) { return v * 2; }\n',
  'plain.js': "import { twice } from './shared.js';\nexport function report(v) { return twice(v) - 1; }\n",
};
const holding = (chunks: Rolldown.OutputChunk[], name: string) =>
  chunks.find((c) => c.moduleIds.some((id) => id.endsWith(name)));

describe('compile hints', () => {
  it('starts the chunk of a root module and the chunks it imports with the hint, and leaves the others alone', async () => {
    const chunks = await buildWithHints(FILES, [/page\.js$/]);
    const page = holding(chunks, 'page.js');
    expect(page?.code.startsWith(COMPILE_HINT)).toBe(true);
    expect(page?.code).not.toContain('dropped by the minifier');
    expect(page?.code.split(COMPILE_HINT)).toHaveLength(2);
    expect(holding(chunks, 'shared.js')?.code.startsWith(COMPILE_HINT)).toBe(true);
    expect(holding(chunks, 'plain.js')?.code).not.toContain('allFunctionsCalledOnLoad');
    expect(holding(chunks, 'entry.js')?.code).not.toContain('allFunctionsCalledOnLoad');
  });

  it('fails the build when a root module is in no chunk (a rename cannot leave the hints behind silently)', async () => {
    await expect(buildWithHints(FILES, [/page\.js$/, /renamed\.js$/])).rejects.toThrow(/renamed/);
  });

  it('starts from React’s DOM renderer and the questionnaire page', () => {
    const ids = [
      '/app/node_modules/react-dom/client.js',
      '/app/src/features/questionnaire/QuestionnairePage.tsx',
      '/app/node_modules/react-dom/server.browser.js',
      '/app/src/features/results/ResultsPage.tsx',
    ];
    expect(ids.filter((id) => FIRST_RATING_ROOTS.some((r) => r.test(id)))).toEqual(ids.slice(0, 2));
  });
});
