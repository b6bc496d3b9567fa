import { afterAll, beforeAll } from 'vitest';
import { type AppOptions, createApp, type ParleyApp } from '../app.js';
import { seedGraphsDir } from './seed-graph.js';

/**
 * Registers hooks that build the seed graphs into a temporary folder and start the real app on it.
 * @returns a getter for the app and its graphs folder (valid inside tests)
 */
export function seededApp(options: Partial<AppOptions> = {}): () => { app: ParleyApp; dir: string } {
  let state: { app: ParleyApp; dir: string; remove: () => void } | undefined;
  beforeAll(async () => {
    const { dir, remove } = await seedGraphsDir();
    state = { app: createApp({ graphsDir: dir, logger: false, ...options }), dir, remove };
  });
  afterAll(() => state?.remove());
  return () => {
    if (!state) throw new Error('seededApp used outside a test');
    return state;
  };
}
