import type { StatementNode } from '../contract/types.js';
import type { ParleyGraph } from '../graph/types.js';
import { articleFacts, byDate, inRange } from './dates.js';
import { stanceRecords } from './stances.js';
import type { TimelineEntry } from './types.js';

/** Limits of a timeline: an ISO date range (either end open). */
export interface TimeRange {
  since?: string;
  until?: string;
}

/**
 * What an actor said and which stances they took, by date (undated last), each with its evidence.
 * @example actorTimeline(graph, 'actor:eva-lind', { since: '2024-01-01' })
 */
export function actorTimeline(graph: ParleyGraph, actor: string, range: TimeRange = {}): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  graph.forEachOutEdge(actor, (_, e, __, target) => {
    if (e.type !== 'said') return;
    const st = graph.getNodeAttributes(target) as StatementNode;
    entries.push({
      kind: 'statement',
      actor,
      statement: target,
      article: st.article,
      ...articleFacts(graph, st.article),
      text: st.text,
      span: st.span,
    });
  });
  for (const s of stanceRecords(graph, actor)) if (s.actor === actor) entries.push({ kind: 'stance', ...s });
  return byDate(entries.filter((e) => inRange(e.date, range.since, range.until)));
}

/**
 * Who proposed, supported and rejected a proposal, when, by date (undated last), with evidence.
 * @example proposalTimeline(graph, 'proposal:summit-in-vienna')
 */
export function proposalTimeline(
  graph: ParleyGraph,
  proposal: string,
  range: TimeRange = {},
): TimelineEntry[] {
  const entries: TimelineEntry[] = stanceRecords(graph, proposal)
    .filter((s) => s.proposal === proposal)
    .map((s) => ({ kind: 'stance', ...s }));
  return byDate(entries.filter((e) => inRange(e.date, range.since, range.until)));
}
