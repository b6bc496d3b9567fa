import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // `source` resolves workspace packages (@parley/core/contract, /layout, /palette) to their TypeScript.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
