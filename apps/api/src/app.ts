import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { ArticleExtractor } from '@parley/core';
import cors from 'cors';
import express, { type Express, type Response } from 'express';
import helmet from 'helmet';
import { type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { GraphExporter } from './export/exporter.js';
import { requireToken } from './http/auth.js';
import { articleBody, corpusBody } from './http/body.js';
import { apiNotFound, problemHandler, sendProblem } from './http/problem.js';
import { ApiRoutes } from './http/route.js';
import { mountRoutes } from './routes/index.js';
import { GraphStore } from './store/graph-store.js';
import { serveViewer } from './viewer/serve.js';

export interface AppOptions {
  /** Folder holding `<name>/graph.json` files. */
  graphsDir: string;
  /** Folder of the built viewer, served at `/` when given. */
  viewerDir?: string;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string;
  /** Request and server log; `false` for none. Default: pino at `LOG_LEVEL` (silent under vitest). */
  logger?: Logger | false;
  /** Origins allowed by CORS; CORS is off when absent. */
  corsOrigins?: string[];
  /** How often, at most, graph files are checked for changes (ms). Default 1000. */
  reloadCheckMs?: number;
  /** Longest time one article's extraction may take before it is stopped (ms). Default 90 s. */
  extractDeadlineMs?: number;
  /** Extraction workers (default: cores less one, at least one). */
  extractWorkers?: number;
  /**
   * When set, the graphs are read-only here (served from a database copy): writes answer 405 with
   * this as the problem's detail.
   */
  readOnly?: string;
}

/** The app's graph store, for warming graphs up at start. */
export interface ParleyApp extends Express {
  locals: Express['locals'] & {
    store: GraphStore;
    extractor: ArticleExtractor;
    routes: { method: string; path: string }[];
  };
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's X-Request-Id when it looks sane, else a new UUID; echoed in the response. */
function requestId(req: IncomingMessage, res: { setHeader(name: string, value: string): unknown }): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Request log fields: enough to find a request, without every header on every line. */
const LEAN_LOG = {
  req: (req: { id: unknown; method: string; url: string }) => ({
    id: req.id,
    method: req.method,
    url: req.url,
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

function defaultLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info') });
}

/** helmet with a CSP the viewer works under: own scripts, ForceAtlas2 worker from a blob, inline styles. */
const security = helmet({
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'img-src': ["'self'", 'data:', 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'connect-src': ["'self'"],
      'font-src': ["'self'", 'data:'],
      // Served over plain HTTP (127.0.0.1 by default): upgrading would break a LAN address.
      'upgrade-insecure-requests': null,
    },
  },
  strictTransportSecurity: false,
});

/** Answers every request with a 405 problem saying why this server takes no writes. */
function refuseWrites(detail: string) {
  return (req: IncomingMessage & { originalUrl: string }, res: Response) => {
    // no method changes these resources here (HTTP asks a 405 to list those that do)
    res.setHeader('Allow', '');
    sendProblem(res, { status: 405, code: 'read-only', detail, instance: req.originalUrl });
  };
}

/**
 * Creates the Parley HTTP API (not yet listening): the graph queries under `/api`, OpenAPI at
 * `/api/openapi.json`, Swagger UI at `/api/docs`, and the viewer at `/`.
 * @example createApp({ graphsDir: 'graphs', viewerDir: 'apps/viewer/dist' }).listen(3000, '127.0.0.1')
 */
export function createApp(options: AppOptions): ParleyApp {
  const logger = options.logger === false ? pino({ level: 'silent' }) : (options.logger ?? defaultLogger());
  const extractor = new ArticleExtractor({
    deadlineMs: options.extractDeadlineMs,
    size: options.extractWorkers,
  });
  const store = new GraphStore(options.graphsDir, {
    logger,
    reloadCheckMs: options.reloadCheckMs,
    splitSentences: (text) => extractor.sentences(text),
  });
  const app = express() as ParleyApp;
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger, genReqId: requestId, serializers: LEAN_LOG }));
  app.use(security);
  if (options.corsOrigins?.length) app.use('/api', cors({ origin: options.corsOrigins }));

  if (options.readOnly) app.post('/api/graphs/:graph/articles{/batch}', refuseWrites(options.readOnly));
  // Auth and body limits run before the route, so refused uploads are never read.
  app.post('/api/graphs/:graph/articles', requireToken(options.token), ...articleBody());
  app.post('/api/graphs/:graph/articles/batch', requireToken(options.token), ...corpusBody());

  const registry = new OpenAPIRegistry();
  const router = express.Router();
  const api = new ApiRoutes(router, registry);
  mountRoutes({ app, api, registry, store, exporter: new GraphExporter(), extractor });
  app.use(router);
  app.use('/api', apiNotFound);
  app.use(...serveViewer(options.viewerDir));
  app.use((req, res) => {
    sendProblem(res, {
      status: 404,
      code: 'not-found',
      detail: `nothing at ${req.path}`,
      instance: req.originalUrl,
    });
  });
  app.use(problemHandler(logger));
  app.locals.store = store;
  app.locals.extractor = extractor;
  app.locals.routes = api.paths;
  return app;
}
