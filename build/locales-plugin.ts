// Vite plugin: one chunk per UI language holding all its namespaces
// (locales/<lang>/*.json), so a language costs one request; and the namespaces,
// the file names of locales/en/*.json.
//   import { loaders, namespaces } from 'virtual:locales'
//     loaders.sv(): Promise<{ [namespace]: strings }>, namespaces: ['assessments', 'common', ...]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ALL = 'virtual:locales';
const ONE = 'virtual:locale/';

export function localeChunks(directory = 'locales'): Plugin {
  const dir = resolve(directory);
  const languages = () =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  const namespaces = () =>
    readdirSync(join(dir, 'en'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
  return {
    name: 'locale-chunks',
    resolveId(id) {
      if (id === ALL || id.startsWith(ONE)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${ALL}`) {
        const entries = languages().map(
          (l) => `  ${JSON.stringify(l)}: () => import(${JSON.stringify(ONE + l)}).then((m) => m.default),`,
        );
        return `export const namespaces = ${JSON.stringify(namespaces())};\nexport const loaders = {\n${entries.join('\n')}\n};\n`;
      }
      if (id.startsWith(`\0${ONE}`)) {
        const language = id.slice(ONE.length + 1);
        const folder = join(dir, language);
        const bundle: Record<string, unknown> = {};
        for (const file of readdirSync(folder)
          .filter((f) => f.endsWith('.json'))
          .sort()) {
          const path = join(folder, file);
          this.addWatchFile(path);
          bundle[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path, 'utf8'));
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});\n`;
      }
      return null;
    },
  };
}
