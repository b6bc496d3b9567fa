import type { EdgeAttributes } from '@parley/core/contract';
import type { EdgeType, Stance, ViewerGraph } from './types.js';
import { STANCES } from './types.js';

/** An edge seen from one of its ends: the node at the other end and the edge's own attributes. */
export interface Link {
  node: string;
  edge: string;
  type: EdgeType;
  /** Evidence statement key (stance edges). */
  statement?: string;
  article?: string;
  span?: [number, number];
}

function collect(
  graph: ViewerGraph,
  node: string,
  direction: 'out' | 'in',
  types: readonly EdgeType[],
): Link[] {
  if (!graph.hasNode(node)) return [];
  const links: Link[] = [];
  const seen = new Set<string>();
  const visit = (edge: string, attr: EdgeAttributes, other: string) => {
    const type = attr.type;
    if (!types.includes(type)) return;
    const once = `${type}\u0000${other}\u0000${String(attr.statement ?? '')}`;
    if (seen.has(once)) return;
    seen.add(once);
    links.push({
      node: other,
      edge,
      type,
      ...(attr.statement ? { statement: attr.statement } : {}),
      ...(attr.article ? { article: attr.article } : {}),
      ...(attr.span ? { span: attr.span } : {}),
    });
  };
  if (direction === 'out') graph.forEachOutEdge(node, (edge, attr, _s, target) => visit(edge, attr, target));
  else graph.forEachInEdge(node, (edge, attr, source) => visit(edge, attr, source));
  return links;
}

/** Statements the actor said (`said` edges out of it). */
export const statementsSaidBy = (g: ViewerGraph, actor: string) => collect(g, actor, 'out', ['said']);
/** Statements whose content refers to the actor. */
export const statementsMentioning = (g: ViewerGraph, actor: string) => collect(g, actor, 'in', ['mentions']);
/** Statements the actor carried as outlet or source. */
export const statementsReportedBy = (g: ViewerGraph, actor: string) =>
  collect(g, actor, 'in', ['reported_by']);
/** Actors the actor belongs to ("Lavrov" → Russia). */
export const affiliationsOf = (g: ViewerGraph, actor: string) =>
  collect(g, actor, 'out', ['affiliated_with']);
/** Actors that belong to the actor. */
export const membersOf = (g: ViewerGraph, actor: string) => collect(g, actor, 'in', ['affiliated_with']);
/** The actor's positions on proposals, with their evidence. */
export const stancesOf = (g: ViewerGraph, actor: string) => collect(g, actor, 'out', STANCES);
/** Who said a statement. */
export const speakersOf = (g: ViewerGraph, statement: string) => collect(g, statement, 'in', ['said']);
/** Outlets that carried a statement. */
export const reportersOf = (g: ViewerGraph, statement: string) =>
  collect(g, statement, 'out', ['reported_by']);
/** Audiences a statement was addressed to. */
export const audiencesOf = (g: ViewerGraph, statement: string) =>
  collect(g, statement, 'out', ['addressed_to']);
/** Actors a statement refers to. */
export const mentionsOf = (g: ViewerGraph, statement: string) => collect(g, statement, 'out', ['mentions']);
/** Proposals a statement is about. */
export const proposalsOfStatement = (g: ViewerGraph, statement: string) =>
  collect(g, statement, 'out', ['about']);
/** Statements about a proposal. */
export const statementsAbout = (g: ViewerGraph, proposal: string) => collect(g, proposal, 'in', ['about']);
/** Statements and proposals an article holds. */
export const contentsOf = (g: ViewerGraph, article: string) => collect(g, article, 'out', ['contains']);

/** Every actor's stance on a proposal, grouped: supporters include proposers. */
export function sidesOf(g: ViewerGraph, proposal: string): Record<Stance, Link[]> {
  const sides: Record<Stance, Link[]> = { proposes: [], supports: [], rejects: [] };
  for (const link of collect(g, proposal, 'in', STANCES)) sides[link.type as Stance].push(link);
  return sides;
}

/**
 * How many statements each actor said, for sizing nodes: one pass over the edges.
 * @example statementCounts(graph).get('actor:vladimir-putin') // 3
 */
export function statementCounts(g: ViewerGraph): Map<string, number> {
  const counts = new Map<string, number>();
  g.forEachEdge((_edge, attr, source) => {
    if (attr.type === 'said') counts.set(source, (counts.get(source) ?? 0) + 1);
  });
  return counts;
}

/** The article node key of an article id (graph contract: `article:<id>`). */
export const articleKey = (id: string) => `article:${id}`;
