import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { builtInFrameworks } from './build/frameworks-plugin.ts';

export default defineConfig({
  // Relative asset paths: the built app works from any web path.
  base: './',
  plugins: [react(), builtInFrameworks('frameworks')],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
