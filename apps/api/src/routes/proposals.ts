import type { ApiRoutes } from '../http/route.js';
import { listProposals, proposalProfile } from '../queries/proposals.js';
import { nodeOfKind } from '../queries/resolve.js';
import { GraphParams, ProposalListQuery, ProposalParams } from '../schemas/params.js';
import { ProposalProfileSchema, ProposalSummarySchema, pageOf } from '../schemas/views.js';
import type { GraphStore } from '../store/graph-store.js';

/** `GET /api/graphs/{graph}/proposals` and `/proposals/{id}`. */
export function proposalRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/proposals',
    summary: 'Proposals with how many actors proposed, supported and rejected each',
    tags: ['proposals'],
    params: GraphParams,
    query: ProposalListQuery,
    problems: [404],
    response: {
      schema: pageOf(ProposalSummarySchema).meta({ id: 'ProposalPage' }),
      description: 'proposals',
    },
    handler: async ({ params, query }) => listProposals((await store.require(params.graph)).index, query),
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/proposals/{id}',
    summary: 'One proposal: supporters and opponents with evidence, and the statements about it',
    tags: ['proposals'],
    params: ProposalParams,
    problems: [404],
    response: { schema: ProposalProfileSchema, description: 'the proposal' },
    handler: async ({ params }) => {
      const { index } = await store.require(params.graph);
      const key = nodeOfKind(index, 'proposal', params.id);
      return index.withSentences(() => proposalProfile(index, key));
    },
  });
}
