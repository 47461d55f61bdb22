import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { appShell } from './build/app-shell-plugin.ts';
import { compileHints, FIRST_RATING_ROOTS } from './build/compile-hints-plugin.ts';
import { contentSecurityPolicy } from './build/csp-plugin.ts';
import { builtInFrameworks } from './build/frameworks-plugin.ts';
import { authoringGuide } from './build/guide-plugin.ts';
import { localeChunks } from './build/locales-plugin.ts';
import { preloadFirstPage } from './build/preload-plugin.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  // `vite build --mode single`: one self-contained HTML file for file:// (no service worker there).
  const single = mode === 'single';
  const offline = mode !== 'single' && mode !== 'test' && mode !== 'bench';
  return {
    define: { __APP_VERSION__: JSON.stringify(version), __BENCH__: JSON.stringify(mode === 'bench') },
    // Relative asset paths: the built app works from any web path.
    base: './',
    plugins: [
      react(),
      appShell(),
      builtInFrameworks('frameworks', process.env.EXTRA_FRAMEWORKS),
      localeChunks('locales'),
      authoringGuide('docs/framework-format.md'),
      contentSecurityPolicy({ single }),
      preloadFirstPage(),
      // Not in the one-file build: the hint only counts at the top of a file.
      !single && compileHints(FIRST_RATING_ROOTS),
      single && viteSingleFile({ removeViteModuleLoader: true }),
      offline &&
        VitePWA({
          registerType: 'prompt',
          injectRegister: false,
          includeAssets: ['icons/*', 'example-framework.yaml', 'competency-framework.schema.json'],
          manifest: {
            name: 'Competency self-assessment',
            short_name: 'Self-assessment',
            description: 'Rate yourself against competence frameworks, offline, in five languages.',
            start_url: './',
            scope: './',
            display: 'standalone',
            background_color: '#ffffff',
            theme_color: '#0b5cad',
            icons: [
              { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
              { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
              {
                src: 'icons/icon-maskable-512.png',
                sizes: '512x512',
                type: 'image/png',
                purpose: 'maskable',
              },
            ],
          },
          workbox: {
            // Everything, including every locale, framework and lazily loaded chunk.
            globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,yaml}'],
            cleanupOutdatedCaches: true,
            maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          },
        }),
    ],
    resolve: {
      alias: [
        {
          find: /^use-sync-external-store\/shim$/,
          replacement: fileURLToPath(new URL('./build/useSyncExternalStore.ts', import.meta.url)),
        },
        ...(offline
          ? []
          : [
              {
                find: 'virtual:pwa-register',
                replacement: fileURLToPath(new URL('./src/store/noServiceWorker.ts', import.meta.url)),
              },
            ]),
      ],
    },
    build: {
      target: 'es2022',
      // build/preload-plugin.ts names the first page's modules in index.html; lazily
      // loaded pages fetch what they import when they load (the service worker has it all).
      modulePreload: false,
      sourcemap: false,
      outDir: single ? 'dist-single' : mode === 'bench' ? '.bench/dist' : 'dist',
    },
    preview: { port: 4173, strictPort: false },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
      // Generous: property tests and CLI runs share two cores with the browser tests in CI.
      testTimeout: 30_000,
    },
  };
});
