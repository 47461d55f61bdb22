// A broken framework file fails the build with the validator's file:line:col messages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { builtInFrameworks, readFrameworkDir } from '../../build/frameworks-plugin.ts';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'frameworks-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const minimal = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

describe('built-in frameworks at build time', () => {
  it('reports every problem of every file, and a framework id used twice', () => {
    const dir = dirWith({
      'a.yaml': minimal,
      'b.yaml': minimal,
      'c.yaml': minimal.replace('kind: skill', 'kind: talent'),
    });
    const { frameworks, errors } = readFrameworkDir(dir);
    expect(frameworks.map((f) => f.id)).toEqual(['minimal', 'minimal']);
    expect(errors).toEqual([
      `${join(dir, 'b.yaml')}:1:1: id: the framework id "minimal" is already used by ${join(dir, 'a.yaml')}`,
      `${join(dir, 'c.yaml')}:12:15: sections[0].groups[0].kind: must be one of "knowledge", "skill", "criterion"; found "talent"`,
    ]);
  });

  it('fails the build on a broken file', async () => {
    const dir = dirWith({ 'broken.yaml': minimal.replace('version: "1"', 'version: [1]') });
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import { catalog } from 'virtual:frameworks';\nconsole.log(catalog);\n");
    const run = build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [builtInFrameworks(dir)],
      build: { write: false, lib: { entry, formats: ['es'] } },
    });
    await expect(run).rejects.toThrow(
      `${join(dir, 'broken.yaml')}:3:10: version: expected a text, found a list`,
    );
  });
});

describe('the catalog and the section titles', () => {
  it('gives the first page summaries without section titles, and the titles in a module of their own', async () => {
    const dir = dirWith({ 'a.yaml': minimal });
    const entry = join(dir, 'entry.js');
    writeFileSync(
      entry,
      "export { catalog } from 'virtual:frameworks';\nexport { sectionTitles } from 'virtual:framework-sections';\n",
    );
    const outDir = join(dir, 'out');
    await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      plugins: [builtInFrameworks(dir)],
      build: { outDir, lib: { entry, formats: ['es'], fileName: () => 'entry.mjs' } },
    });
    const built = await import(pathToFileURL(join(outDir, 'entry.mjs')).href);
    const [summary] = built.catalog;
    expect(summary.id).toBe('minimal');
    expect(summary.sections.length).toBeGreaterThan(0);
    for (const section of summary.sections) expect(section).not.toHaveProperty('title');
    const framework = readFrameworkDir(dir).frameworks[0];
    expect(built.sectionTitles).toEqual({
      minimal: Object.fromEntries((framework?.sections ?? []).map((s) => [s.id, s.title])),
    });
  });
});
