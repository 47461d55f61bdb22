// Vite plugin: the entry starts the app in steps through dynamic imports
// (src/main.tsx); this names the code of every step in index.html, so the
// browser fetches it with the entry rather than one step after another. The
// entry's own imports are module preloads (fetched and compiled); the later
// steps are prefetched (fetched only), so each compiles in its own task.
// Lazily loaded pages stay lazy. (Vite's own preloading is off, see
// vite.config.ts: this replaces it for the first page.)
// Not proven on the bench's loopback server, where a fetch costs no round trip
// (docs/performance.md, row "Preloads in index.html").
import type { Plugin } from 'vite';

export function preloadStartupSteps(): Plugin {
  return {
    name: 'preload-startup-steps',
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
        const wanted = new Map<string, string>();
        const visit = (fileName: string, rel: string) => {
          if (wanted.has(fileName) || fileName === entry.fileName) return;
          wanted.set(fileName, rel);
          for (const dep of byName.get(fileName)?.imports ?? []) visit(dep, rel);
        };
        for (const dep of entry.imports) visit(dep, 'modulepreload');
        for (const step of entry.dynamicImports) visit(step, 'prefetch');
        const links = [...wanted]
          .filter(([fileName]) => !html.includes(`/${fileName}"`))
          .map(([fileName, rel]) => `    <link rel="${rel}" crossorigin href="./${fileName}">`);
        return links.length ? html.replace(/\n?\s*<\/head>/, `\n${links.join('\n')}\n  </head>`) : html;
      },
    },
  };
}
