import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** One run over every package's unit tests and the cross-package tests in test/. */
export default defineConfig({
  resolve: {
    alias: {
      // Subpaths before the root: an alias also matches `@parley/core/…`.
      '@parley/core/contract': src('./packages/core/src/contract/index.ts'),
      '@parley/core/layout': src('./packages/core/src/layout.ts'),
      '@parley/core/palette': src('./packages/core/src/palette.ts'),
      '@parley/core/formats': src('./packages/core/src/export/formats.ts'),
      '@parley/core/normalize': src('./packages/core/src/text/normalize.ts'),
      '@parley/core/match': src('./packages/core/src/text/match.ts'),
      '@parley/core/analysis': src('./packages/core/src/analysis/index.ts'),
      '@parley/core': src('./packages/core/src/index.ts'),
      '@parley/cli': src('./packages/cli/src/index.ts'),
      '@parley/api': src('./apps/api/src/index.ts'),
      '@parley/train': src('./packages/train/src/index.ts'),
      '@parley/store': src('./packages/store/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
