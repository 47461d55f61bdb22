// Vite plugin: two chunks per UI language (locales/<lang>/*.json): the
// namespaces the first page needs (FIRST_PAGE), and the rest, which the other
// pages load with their code; and the namespaces, the file names of locales/en/*.json.
//   import { loaders, namespaces, firstPage } from 'virtual:locales'
//     loaders.sv.firstPage(), loaders.sv.pages(): Promise<{ [namespace]: strings }>
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ALL = 'virtual:locales';
const ONE = 'virtual:locale/';
/** What the library, the header, the notices and the error pages say (docs/performance.md: "Strings in two parts"). */
export const FIRST_PAGE = ['common', 'errors', 'library', 'problems'];

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
        const part = (l: string, name: string) =>
          `${name}: () => import(${JSON.stringify(`${ONE}${l}_${name}`)}).then((m) => m.default)`;
        const entries = languages().map(
          (l) => `  ${JSON.stringify(l)}: { ${part(l, 'firstPage')}, ${part(l, 'pages')} },`,
        );
        return [
          `export const namespaces = ${JSON.stringify(namespaces())};`,
          `export const firstPage = ${JSON.stringify(FIRST_PAGE)};`,
          `export const loaders = {\n${entries.join('\n')}\n};\n`,
        ].join('\n');
      }
      if (id.startsWith(`\0${ONE}`)) {
        const name = id.slice(ONE.length + 1);
        const language = name.slice(0, name.lastIndexOf('_'));
        const which = name.slice(name.lastIndexOf('_') + 1);
        const folder = join(dir, language);
        const bundle: Record<string, unknown> = {};
        for (const file of readdirSync(folder)
          .filter((f) => f.endsWith('.json'))
          .filter((f) => FIRST_PAGE.includes(f.replace(/\.json$/, '')) === (which === 'firstPage'))
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
