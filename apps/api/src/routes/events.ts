import type { Request, Response } from 'express';
import type { ApiRoutes } from '../http/route.js';
import { GraphParams } from '../schemas/params.js';
import { GraphChangeSchema } from '../schemas/views.js';
import type { GraphChange } from '../store/changes.js';
import type { GraphStore } from '../store/graph-store.js';

/** How often a stream checks the graph file for changes made by another process (ms). */
const FILE_CHECK_MS = 1000;
/** A comment line this often keeps proxies from closing an idle stream (ms). */
const HEARTBEAT_MS = 15_000;

const event = (change: GraphChange) => `event: version\ndata: ${JSON.stringify(change)}\n\n`;

/**
 * `GET /api/graphs/{graph}/events`: server-sent events, one `version` event on connecting and one
 * whenever the served graph changes (an ingest through this server, or its file rewritten by the
 * CLI or another process), so the viewer merges the new version in without a reload.
 */
export function eventRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/events',
    summary: 'Server-sent events: a `version` event now and each time the graph changes',
    description:
      'A `text/event-stream` that stays open. Each `version` event carries a GraphChange as JSON; ' +
      'compare its `version` with the one you hold and fetch the graph again when they differ.',
    tags: ['graphs'],
    params: GraphParams,
    problems: [404],
    rawResponses: {
      200: {
        description: 'the event stream',
        content: { 'text/event-stream': { schema: GraphChangeSchema } },
      },
    },
    handler: async ({ params, req, res }) => {
      const loaded = await store.require(params.graph);
      const current = {
        graph: params.graph,
        version: store.version(params.graph) ?? '',
        counts: loaded.index.counts,
      };
      await stream(store, current, req, res);
      return undefined;
    },
  });
}

/** Holds the stream open until the client leaves or the server stops. */
function stream(store: GraphStore, current: GraphChange, req: Request, res: Response): Promise<void> {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  res.write(`retry: 3000\n${event(current)}`);
  let last = current.version;
  return new Promise((resolve) => {
    const send = (change: GraphChange) => {
      if (change.version === last) return;
      last = change.version;
      res.write(event(change));
    };
    // another process may rewrite the file: a look at it loads and announces the new version
    const check = setInterval(() => void store.get(current.graph).catch(() => undefined), FILE_CHECK_MS);
    const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(check);
      clearInterval(beat);
      unsubscribe();
      res.end();
      resolve();
    };
    const unsubscribe = store.changes.subscribe(current.graph, send, end);
    req.on('close', end);
  });
}
