import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openCorpusStore } from '../corpus-store.js';
import type { CorpusStore } from '../types.js';
import { startTestPostgres, type TestPostgres } from './postgres.js';

/** One engine under test: its name, and its store once `beforeAll` opened it (undefined when skipped). */
export interface EngineUnderTest {
  name: 'sqlite' | 'postgres';
  store: () => CorpusStore;
  skipped: () => string | undefined;
}

/**
 * Registers hooks opening a fresh store on each engine: SQLite in a temporary file, PostgreSQL on a
 * server the test starts itself (skipped, with the reason printed, where it cannot start).
 * Both are closed and removed in `afterAll`.
 */
export function eachEngine(): EngineUnderTest[] {
  const stores = new Map<string, CorpusStore>();
  let skip: string | undefined;
  let server: TestPostgres | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
  beforeAll(async () => {
    stores.set('sqlite', await openCorpusStore(join(dir, 'parley.db')));
    const pg = await startTestPostgres();
    if ('unavailable' in pg) {
      skip = pg.unavailable;
      console.warn(`[store tests] PostgreSQL half skipped: ${skip}`);
      return;
    }
    server = pg;
    stores.set('postgres', await openCorpusStore(pg.url));
  });
  afterAll(async () => {
    for (const store of stores.values()) await store.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const engine = (name: 'sqlite' | 'postgres'): EngineUnderTest => ({
    name,
    store: () => {
      const store = stores.get(name);
      if (!store) throw new Error(`no ${name} store: ${skip ?? 'not opened'}`);
      return store;
    },
    skipped: () => (name === 'postgres' ? skip : undefined),
  });
  return [engine('sqlite'), engine('postgres')];
}
