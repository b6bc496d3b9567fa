import express, { type Express } from 'express';

export interface AppOptions {
  /** Folder holding `<name>/graph.json` files. */
  graphsDir: string;
  /** Folder of the built viewer, served at `/` when given. */
  viewerDir?: string;
}

/**
 * Creates the Parley HTTP API (not yet listening).
 * @example createApp({ graphsDir: 'graphs' }).listen(3000)
 */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (options.viewerDir) app.use(express.static(options.viewerDir));
  return app;
}
