import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Some unit tests start a process (npm run check, npm run new, sharp): on a shared 2-core machine
          // that can take more than vitest's default 5 s. A limit against hangs, not a speed budget.
          testTimeout: 30_000,
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.tsx',
            'client/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          // Builds of its own (tests/rebuild/), run by test:browser before the site is built: each
          // build exports through out/, which the browser tests serve.
          name: 'rebuild',
          include: ['tests/rebuild/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Every build here goes through the same .next/ and .site-build/render/: one file at a time.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // The photo site built with IMAGE_SERVICE=thumbor against the real Thumbor (tests/helpers/thumbor.ts),
          // run by test:browser after the rebuild project and before the site is built: it builds through out/ too.
          name: 'service',
          include: ['tests/service/**/*.browser.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
