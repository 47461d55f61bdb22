// Vite plugin: the entry starts the app in steps through dynamic imports
// (src/main.tsx); this names the code of those steps in index.html as module
// preloads, so the browser fetches it with the entry instead of one step after
// another. Lazily loaded pages stay lazy: only the entry's own dynamic imports
// and what they import are listed.
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
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName) || fileName === entry.fileName) return;
          wanted.add(fileName);
          for (const dep of byName.get(fileName)?.imports ?? []) visit(dep);
        };
        for (const step of entry.dynamicImports) visit(step);
        const links = [...wanted]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => `    <link rel="modulepreload" crossorigin href="./${fileName}">`);
        return links.length ? html.replace('</head>', `${links.join('\n')}\n  </head>`) : html;
      },
    },
  };
}
