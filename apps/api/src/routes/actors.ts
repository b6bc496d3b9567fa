import type { ApiRoutes } from '../http/route.js';
import { actorProfile, listActors } from '../queries/actors.js';
import { nodeOfKind } from '../queries/resolve.js';
import { ActorListQuery, ActorParams, ActorProfileQuery, GraphParams } from '../schemas/params.js';
import { ActorProfileSchema, ActorSummarySchema, pageOf } from '../schemas/views.js';
import type { GraphStore } from '../store/graph-store.js';

/** `GET /api/graphs/{graph}/actors` and `/actors/{id}`. */
export function actorRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/actors',
    summary: 'Actors, with how many statements and proposals each has; most quoted first',
    tags: ['actors'],
    params: GraphParams,
    query: ActorListQuery,
    problems: [404],
    response: { schema: pageOf(ActorSummarySchema).meta({ id: 'ActorPage' }), description: 'actors' },
    handler: async ({ params, query }) => listActors((await store.require(params.graph)).index, query),
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/actors/{id}',
    summary: 'One actor: aliases, affiliations, what they said, what was said about them, their stances',
    tags: ['actors'],
    params: ActorParams,
    query: ActorProfileQuery,
    problems: [404],
    response: { schema: ActorProfileSchema, description: 'the actor profile' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      const key = nodeOfKind(index, 'actor', params.id);
      return index.cachedJson(`actor ${key} ${JSON.stringify(query)}`, () =>
        actorProfile(index, key, query.limit, query),
      );
    },
  });
}
