// Vite plugin: validates every framework file under frameworks/ (.yaml, .yml,
// .json) at build time (a broken file, or an id used twice, fails the build with
// file:line:col messages) and ships the frameworks already parsed, so no YAML
// parser is needed on the first page.
//   import { catalog, loaders } from 'virtual:frameworks'
//   catalog: a summary per framework (for the library), in file-name order,
//     without its section titles (the first page shows counts only);
//   loaders[id](): the framework, each from a lazy chunk of its own.
//   import { sectionTitles } from 'virtual:framework-sections'
//   sectionTitles[id][sectionId]: the titles, for the pages that offer a choice of sections.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadFramework } from '../src/domain/framework/loader.ts';
import { formatProblem } from '../src/domain/framework/problems.ts';
import type { Framework } from '../src/domain/framework/schema.ts';
import { summarizeFramework, withoutSectionTitles } from '../src/domain/framework/summary.ts';

const CATALOG = 'virtual:frameworks';
const SECTIONS = 'virtual:framework-sections';
const ONE = 'virtual:framework/';

export function readFrameworkDir(dir: string): {
  frameworks: Framework[];
  files: string[];
  errors: string[];
} {
  const files = readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
  const frameworks: Framework[] = [];
  const errors: string[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const result = loadFramework(readFileSync(file, 'utf8'), file);
    if (!result.ok) {
      errors.push(...result.problems.map(formatProblem));
      continue;
    }
    const other = ids.get(result.framework.id);
    if (other)
      errors.push(`${file}:1:1: id: the framework id "${result.framework.id}" is already used by ${other}`);
    ids.set(result.framework.id, file);
    frameworks.push(result.framework);
  }
  return { frameworks, files, errors };
}

/** The built-in frameworks; `extra` adds another folder (the benchmark's generated frameworks). */
export function builtInFrameworks(directory = 'frameworks', extra?: string): Plugin {
  const dir = resolve(directory);
  let cache: Map<string, Framework> | undefined;

  function all(ctx: {
    addWatchFile(f: string): void;
    error(message: string): never;
  }): Map<string, Framework> {
    if (cache) return cache;
    const main = readFrameworkDir(dir);
    const more = extra ? readFrameworkDir(resolve(extra)) : { frameworks: [], files: [], errors: [] };
    const frameworks = [...main.frameworks, ...more.frameworks];
    const files = [...main.files, ...more.files];
    const errors = [...main.errors, ...more.errors];
    for (const f of files) ctx.addWatchFile(f);
    if (errors.length) ctx.error(`Invalid framework files:\n${errors.join('\n')}`);
    cache = new Map(frameworks.map((f) => [f.id, f]));
    return cache;
  }

  return {
    name: 'built-in-frameworks',
    resolveId(id) {
      if (id === CATALOG || id === SECTIONS || id.startsWith(ONE)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${CATALOG}`) {
        const frameworks = [...all(this).values()];
        const catalog = frameworks.map((f) => withoutSectionTitles(summarizeFramework(f)));
        const loaders = frameworks
          .map(
            (f) =>
              `  ${JSON.stringify(f.id)}: () => import(${JSON.stringify(ONE + f.id)}).then((m) => m.default),`,
          )
          .join('\n');
        return `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (id === `\0${SECTIONS}`) {
        const titles = Object.fromEntries(
          [...all(this).values()].map((f) => [
            f.id,
            Object.fromEntries(f.sections.map((s) => [s.id, s.title])),
          ]),
        );
        return `export const sectionTitles = JSON.parse(${JSON.stringify(JSON.stringify(titles))});\n`;
      }
      if (id.startsWith(`\0${ONE}`)) {
        const fw = all(this).get(id.slice(ONE.length + 1));
        if (!fw) return this.error(`No built-in framework ${id}`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(fw))});\n`;
      }
      return null;
    },
    watchChange(file) {
      if (file.startsWith(dir)) cache = undefined;
    },
  };
}
