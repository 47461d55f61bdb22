// Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium
// 136 and later) at the top of the chunks whose code a first rating runs. V8 then
// compiles all their functions while the file streams in, on a background thread,
// instead of one by one on the main thread the first time each runs; otherwise a
// first click pays for compiling React's event handling on the way to its paint.
// Other browsers read the line as a comment. See https://v8.dev/blog/explicit-compile-hints
// Which chunks comes from the module graph: those holding the given root modules
// and every chunk they import statically; a root in no chunk fails the build.
// Measured in docs/performance.md, row "Compile hints".
import type { Plugin, Rolldown } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The modules a first rating starts from: React's DOM renderer and the questionnaire page. */
export const FIRST_RATING_ROOTS = [
  /[\\/]node_modules[\\/]react-dom[\\/]client\.js$/,
  /[\\/]src[\\/]features[\\/]questionnaire[\\/]QuestionnairePage\.tsx$/,
];

/** The chunks holding a root module, and every chunk they import statically; throws for a root in none. */
export function chunksToHint(chunks: readonly Rolldown.OutputChunk[], roots: readonly RegExp[]): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const wanted = new Set<string>();
  const visit = (fileName: string) => {
    if (wanted.has(fileName)) return;
    wanted.add(fileName);
    for (const dep of byName.get(fileName)?.imports ?? []) visit(dep);
  };
  for (const root of roots) {
    const holding = chunks.filter((c) => c.moduleIds.some((id) => root.test(id)));
    if (!holding.length) throw new Error(`compile hints: no chunk holds a module matching ${root}`);
    for (const c of holding) visit(c.fileName);
  }
  return wanted;
}

export function compileHints(roots: readonly RegExp[]): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      let wanted: Set<string>;
      try {
        wanted = chunksToHint(chunks, roots);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      for (const chunk of chunks) {
        if (!wanted.has(chunk.fileName)) continue;
        chunk.code = COMPILE_HINT + chunk.code;
        // One more line at the top: mappings start one line later.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}
