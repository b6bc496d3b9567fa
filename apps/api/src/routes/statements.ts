import type { ApiRoutes } from '../http/route.js';
import { findStatements } from '../queries/statements.js';
import { whoSaid } from '../queries/who-said.js';
import { GraphParams, StatementQuery, WhoSaidQuery } from '../schemas/params.js';
import { StatementListSchema, WhoSaidSchema } from '../schemas/views.js';
import type { GraphStore } from '../store/graph-store.js';

/** `GET /api/graphs/{graph}/statements` and `/who-said`. */
export function statementRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/statements',
    summary:
      'Who said what: statements filtered by speaker, mentioned actor, proposal, cue, mode, article or words',
    tags: ['statements'],
    params: GraphParams,
    query: StatementQuery,
    problems: [404],
    response: { schema: StatementListSchema, description: 'matching statements in article order' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      return index.cachedJson(`statements ${JSON.stringify(query)}`, () => findStatements(index, query));
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/who-said',
    summary: 'Ranked full-text search over what was said (BM25), with who said it',
    tags: ['statements'],
    params: GraphParams,
    query: WhoSaidQuery,
    problems: [404],
    response: { schema: WhoSaidSchema, description: 'statements by relevance, and their speakers' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      return index.cachedJson(`who-said ${JSON.stringify(query)}`, () => whoSaid(index, query));
    },
  });
}
