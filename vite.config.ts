import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { builtInFrameworks } from './build/frameworks-plugin.ts';
import { localeChunks } from './build/locales-plugin.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Relative asset paths: the built app works from any web path.
  base: './',
  plugins: [react(), builtInFrameworks('frameworks'), localeChunks('locales')],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: property tests and CLI runs share two cores with the browser tests in CI.
    testTimeout: 30_000,
  },
});
