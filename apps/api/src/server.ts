import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCorpusStore } from '@parley/store';
import { pino } from 'pino';
import { createApp } from './app.js';
import { DatabaseMirror } from './store/database-mirror.js';

// The server entry (`npm start`): PORT and HOST override 127.0.0.1:3000; PARLEY_GRAPHS the graphs
// folder; PARLEY_TOKEN protects writes; PARLEY_CORS_ORIGINS (comma-separated) turns CORS on;
// PARLEY_EXTRACT_DEADLINE_MS bounds one article's extraction, PARLEY_EXTRACT_WORKERS the workers.
// PARLEY_DATABASE_URL (a SQLite file or a postgres:// URL) serves that database's graphs instead,
// read-only, from a cache folder kept up to date with it.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const database = process.env.PARLEY_DATABASE_URL || undefined;

/** The database's graphs in a fresh cache folder, checked for changes every second. */
async function mirrorDatabase(location: string): Promise<DatabaseMirror> {
  const mirror = new DatabaseMirror(
    await openCorpusStore(location),
    await mkdtemp(join(tmpdir(), 'parley-cache-')),
    logger,
  );
  await mirror.start();
  return mirror;
}

const mirror = database ? await mirrorDatabase(database) : undefined;
const app = createApp({
  graphsDir: mirror?.dir ?? process.env.PARLEY_GRAPHS ?? `${root}graphs`,
  viewerDir: process.env.PARLEY_VIEWER ?? `${root}apps/viewer/dist`,
  token: process.env.PARLEY_TOKEN || undefined,
  corsOrigins: process.env.PARLEY_CORS_ORIGINS?.split(',').filter(Boolean),
  extractDeadlineMs: Number(process.env.PARLEY_EXTRACT_DEADLINE_MS) || undefined,
  extractWorkers: Number(process.env.PARLEY_EXTRACT_WORKERS) || undefined,
  readOnly: mirror && 'this server serves the graphs of PARLEY_DATABASE_URL; add graphs with `parley import`',
  logger,
});

const server = app.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Parley is running at http://${host}:${bound}/${mirror ? ' (graphs from the database)' : ''}`);
  // Load and index every graph now rather than on its first request.
  void app.locals.store.list();
});

/** Stops accepting connections, lets requests in flight finish (up to 10 s), then exits. */
function shutdown(signal: string): void {
  logger.info({ signal }, 'shutting down');
  server.close(async () => {
    if (mirror) {
      await mirror.close().catch(() => undefined);
      await rm(mirror.dir, { recursive: true, force: true });
    }
    process.exit(0);
  });
  app.locals.store.changes.closeAll(); // event streams never finish on their own
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
