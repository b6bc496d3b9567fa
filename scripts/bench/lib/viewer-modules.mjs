// The viewer's TypeScript loaded through vite, as the browser gets it, for benchmarks that time
// viewer code in Node; and the median-of-5 timer those benchmarks share.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const viewer = fileURLToPath(new URL('../../../apps/viewer/', import.meta.url));

/**
 * Starts a vite server in middleware mode on the viewer's sources.
 * @returns `load(path)` for a module under apps/viewer (e.g. '/src/views/index.ts') and `close()`
 */
export async function viewerModules() {
  const { createServer } = await import(
    pathToFileURL(join(viewer, 'node_modules/vite/dist/node/index.js')).href
  );
  const server = await createServer({
    root: viewer,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
    optimizeDeps: { noDiscovery: true },
  });
  return { load: (path) => server.ssrLoadModule(path), close: () => server.close() };
}

/** Median of 5 timed runs of `fn` after one warm-up, in ms to one decimal. */
export function median5(fn) {
  fn();
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return Number(times.sort((a, b) => a - b)[2].toFixed(1));
}
