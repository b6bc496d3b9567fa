import type { ApiRoutes } from '../http/route.js';
import { nodeOfKind } from '../queries/resolve.js';
import {
  actorTimelineView,
  contradictionsView,
  proposalTimelineView,
  repeatedQuotesView,
} from '../queries/time.js';
import {
  ActorParams,
  ContradictionQuery,
  GraphParams,
  ProposalParams,
  RepeatedQuoteQuery,
  TimelineQuery,
} from '../schemas/params.js';
import { ContradictionPageSchema, QuoteGroupPageSchema, TimelineSchema } from '../schemas/time.js';
import type { GraphStore } from '../store/graph-store.js';

/** Time and outlets: actor and proposal timelines, contradictions, quotes repeated across outlets. */
export function timeRoutes(api: ApiRoutes, store: GraphStore): void {
  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/actors/{id}/timeline',
    summary: 'What an actor said and which stances they took, by date, with evidence',
    tags: ['time'],
    params: ActorParams,
    query: TimelineQuery,
    problems: [404],
    response: { schema: TimelineSchema, description: 'statements and stances by date' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      const key = nodeOfKind(index, 'actor', params.id);
      return index.cachedJson(`timeline ${key} ${JSON.stringify(query)}`, () =>
        actorTimelineView(index, key, query),
      );
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/proposals/{id}/timeline',
    summary: 'Who proposed, supported and rejected a proposal, when, with evidence',
    tags: ['time'],
    params: ProposalParams,
    query: TimelineQuery,
    problems: [404],
    response: { schema: TimelineSchema, description: 'stances by date' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      const key = nodeOfKind(index, 'proposal', params.id);
      return index.cachedJson(`timeline ${key} ${JSON.stringify(query)}`, () =>
        proposalTimelineView(index, key, query),
      );
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/contradictions',
    summary:
      'Stance changes (an actor for a proposal, later against it, or the reverse) and disagreements (two actors on opposite sides), ranked, with evidence',
    tags: ['time'],
    params: GraphParams,
    query: ContradictionQuery,
    problems: [404],
    response: { schema: ContradictionPageSchema, description: 'changes of mind first, then by evidence' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      return index.cachedJson(`contradictions ${JSON.stringify(query)}`, () =>
        contradictionsView(index, query),
      );
    },
  });

  api.add({
    method: 'get',
    path: '/api/graphs/{graph}/quotes/repeated',
    summary:
      'Direct quotes carried by several articles and outlets (trimmed or extended versions included), first seen first',
    tags: ['time'],
    params: GraphParams,
    query: RepeatedQuoteQuery,
    problems: [404],
    response: { schema: QuoteGroupPageSchema, description: 'most widely carried first' },
    handler: async ({ params, query }) => {
      const { index } = await store.require(params.graph);
      return index.cachedJson(`quotes ${JSON.stringify(query)}`, () => repeatedQuotesView(index, query));
    },
  });
}
