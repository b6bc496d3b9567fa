import type { ApiRoutes } from '../http/route.js';
import { neighbors, nodeView, shortestPath } from '../queries/navigation.js';
import { existingNode } from '../queries/resolve.js';
import { subgraph } from '../queries/subgraph.js';
import { GraphParams, NeighborsQuery, NodeParams, PathQuery, SubgraphQuery } from '../schemas/params.js';
import { NeighborsSchema, NodeViewSchema, PathSchema, SubgraphSchema } from '../schemas/views.js';
import type { GraphStore } from '../store/graph-store.js';

/** `GET /api/graphs/{graph}/nodes/{id}`, `/nodes/{id}/neighbors`, `/path` and `/subgraph`. */
export function navigationRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/nodes/{id}',
    summary: 'One node of any kind, with its attributes and degrees',
    tags: ['navigation'],
    params: NodeParams,
    problems: [404],
    response: { schema: NodeViewSchema, description: 'the node' },
    handler: async ({ params }) => {
      const { index } = await store.require(params.graph);
      return nodeView(index, existingNode(index, params.id));
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/nodes/{id}/neighbors',
    summary: 'Nodes within 1-3 hops (either edge direction), nearest first, with the edges reaching them',
    tags: ['navigation'],
    params: NodeParams,
    query: NeighborsQuery,
    problems: [404],
    response: { schema: NeighborsSchema, description: 'the neighbourhood' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      return neighbors(index, existingNode(index, params.id), query);
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/path',
    summary: 'The shortest path between two nodes (edges in either direction), with its edges',
    tags: ['navigation'],
    params: GraphParams,
    query: PathQuery,
    problems: [404],
    response: { schema: PathSchema, description: 'the path; `found: false` when they are not connected' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      return shortestPath(
        index,
        existingNode(index, query.from, 'from'),
        existingNode(index, query.to, 'to'),
      );
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/subgraph',
    summary: 'A drawable part of the graph: the ego network of a node, or an overview, within a node budget',
    description:
      'With `around`, the nodes within `depth` hops of it, each ring most connected first, until `budget` ' +
      'nodes; without it, the most connected actors and proposals and the statements joining them. Every ' +
      'edge between chosen nodes is included, so a client can merge the answer into the graph it draws ' +
      'and expand it step by step.',
    tags: ['navigation'],
    params: GraphParams,
    query: SubgraphQuery,
    problems: [404],
    response: { schema: SubgraphSchema, description: 'the subgraph' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      const around = query.around === undefined ? undefined : existingNode(index, query.around, 'around');
      return subgraph(index, { ...query, around });
    },
  });
}
