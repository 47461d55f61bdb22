// Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium
// 136 and later) at the top of the chunks whose code a first rating runs: React's
// DOM renderer (its event system) and the questionnaire with the stores. V8 then
// compiles all their functions while the file streams in, on a background thread,
// instead of one by one on the main thread the first time each runs; otherwise a
// first click pays for compiling React's event handling on the way to its paint.
// Other browsers read the line as a comment. See https://v8.dev/blog/explicit-compile-hints
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(wanted: (moduleId: string) => boolean): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some(wanted)) continue;
        chunk.code = COMPILE_HINT + chunk.code;
        // One more line at the top: mappings start one line later.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

/** The code a first rating runs: React's DOM renderer and scheduler, the questionnaire, the stores. */
export const firstRatingCode = (moduleId: string): boolean =>
  /[\\/]node_modules[\\/](react-dom[\\/]cjs[\\/]react-dom-client\.|scheduler[\\/])/.test(moduleId) ||
  /[\\/]src[\\/](features[\\/]questionnaire|store)[\\/]/.test(moduleId);
