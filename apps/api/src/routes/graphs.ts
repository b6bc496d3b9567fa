import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ApiRoutes } from '../http/route.js';
import { GraphParams } from '../schemas/params.js';
import { GraphSummarySchema, SerializedParts } from '../schemas/views.js';
import type { GraphStore } from '../store/graph-store.js';

/** Contract JSON of a whole graph, described loosely here: its schema is the graph contract. */
const GraphContractSchema = z
  .object({
    attributes: z.record(z.string(), z.unknown()),
    options: z.record(z.string(), z.unknown()),
    ...SerializedParts,
  })
  .meta({
    id: 'GraphContract',
    description: 'graphology serialization following the Parley graph contract v1',
  });

/** `GET /api/graphs` and `GET /api/graphs/{graph}`. */
export function graphRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs',
    summary: 'List the graphs',
    tags: ['graphs'],
    response: {
      schema: z.object({ items: z.array(GraphSummarySchema) }),
      description: 'every graph that loads',
    },
    handler: async () => ({ items: await store.list() }),
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}',
    summary: 'A whole graph (graph contract JSON)',
    tags: ['graphs'],
    params: GraphParams,
    problems: [404],
    response: { schema: GraphContractSchema, description: 'the graph' },
    // Read whole from the file (validated when loaded): one open, so an atomic replace mid-read
    // can't mix two versions the way sendFile's stat-then-stream can. Express adds the ETag.
    handler: async ({ params, res }) => {
      await store.require(params.graph);
      res.type('application/json; charset=utf-8').send(await readFile(store.file(params.graph)));
      return undefined;
    },
  });
}
