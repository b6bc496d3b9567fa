import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApp } from './app.js';

// The server entry (`npm start`): PORT and HOST override 127.0.0.1:3000; PARLEY_GRAPHS the graphs
// folder; PARLEY_TOKEN protects writes; PARLEY_CORS_ORIGINS (comma-separated) turns CORS on;
// PARLEY_EXTRACT_DEADLINE_MS bounds one article's extraction, PARLEY_EXTRACT_WORKERS the workers.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const app = createApp({
  graphsDir: process.env.PARLEY_GRAPHS ?? `${root}graphs`,
  viewerDir: process.env.PARLEY_VIEWER ?? `${root}apps/viewer/dist`,
  token: process.env.PARLEY_TOKEN || undefined,
  corsOrigins: process.env.PARLEY_CORS_ORIGINS?.split(',').filter(Boolean),
  extractDeadlineMs: Number(process.env.PARLEY_EXTRACT_DEADLINE_MS) || undefined,
  extractWorkers: Number(process.env.PARLEY_EXTRACT_WORKERS) || undefined,
  logger,
});

const server = app.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Parley is running at http://${host}:${bound}/`);
  // Load and index every graph now rather than on its first request.
  void app.locals.store.list();
});

/** Stops accepting connections, lets requests in flight finish (up to 10 s), then exits. */
function shutdown(signal: string): void {
  logger.info({ signal }, 'shutting down');
  server.close(() => process.exit(0));
  app.locals.store.changes.closeAll(); // event streams never finish on their own
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
