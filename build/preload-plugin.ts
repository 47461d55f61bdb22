// Vite plugin: names the first page's code in index.html as module preloads
// (every chunk the entry imports, and what those import), so the browser fetches
// it with the entry rather than one import level after another. Lazily loaded
// pages and the UI strings stay lazy: the entry's dynamic imports are not named.
// (Vite's own preloading is off, see vite.config.ts: this replaces it for the
// first page.) Measured: docs/performance.md, row "Preloads in index.html".
import type { Plugin } from 'vite';

export function preloadFirstPage(): Plugin {
  return {
    name: 'preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) return html;
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName) || fileName === entry.fileName) return;
          wanted.add(fileName);
          for (const dep of byName.get(fileName)?.imports ?? []) visit(dep);
        };
        for (const dep of entry.imports) visit(dep);
        const links = [...wanted]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => `    <link rel="modulepreload" crossorigin href="./${fileName}">`);
        return links.length ? html.replace(/\n?\s*<\/head>/, `\n${links.join('\n')}\n  </head>`) : html;
      },
    },
  };
}
