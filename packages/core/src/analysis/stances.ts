import { StanceSchema } from '../contract/schema.js';
import type { ProposalNode, Stance, StatementNode } from '../contract/types.js';
import type { ParleyGraph } from '../graph/types.js';
import { articleFacts } from './dates.js';
import type { Evidence } from './types.js';

/** One stance edge: who took which position on which proposal, with its evidence. */
export interface StanceRecord extends Evidence {
  actor: string;
  proposal: string;
  stance: Stance;
}

const STANCES: ReadonlySet<string> = new Set(StanceSchema.options);

/** +1 for a position for the proposal (proposes, supports), -1 against (rejects). */
export const polarity = (stance: Stance) => (stance === 'rejects' ? -1 : 1);

/** The evidence of a stance edge: its statement's content, else the proposal's evidence sentence. */
function stanceEvidence(
  graph: ParleyGraph,
  edge: string,
): Omit<StanceRecord, 'actor' | 'proposal' | 'stance'> {
  const e = graph.getEdgeAttributes(edge);
  const st =
    e.statement && graph.hasNode(e.statement)
      ? (graph.getNodeAttributes(e.statement) as StatementNode)
      : undefined;
  const proposal = graph.getNodeAttributes(graph.target(edge)) as ProposalNode;
  const article = e.article ?? st?.article ?? proposal.article;
  return {
    ...(e.statement ? { statement: e.statement } : {}),
    article,
    ...articleFacts(graph, article),
    text: st?.text ?? proposal.text,
    // the span of the text given: the statement's content, else the proposal's evidence
    ...(st ? { span: st.span } : { span: proposal.span }),
  };
}

/**
 * Every stance edge of the graph, or of those touching one node (an actor or a proposal), as records.
 * @example stanceRecords(graph, 'proposal:summit-in-vienna').filter((s) => s.stance === 'rejects')
 */
export function stanceRecords(graph: ParleyGraph, node?: string): StanceRecord[] {
  const out: StanceRecord[] = [];
  const visit = (edge: string, attrs: { type: string }, source: string, target: string) => {
    if (!STANCES.has(attrs.type)) return;
    out.push({
      actor: source,
      proposal: target,
      stance: attrs.type as Stance,
      ...stanceEvidence(graph, edge),
    });
  };
  if (node === undefined) graph.forEachEdge(visit);
  else graph.forEachEdge(node, visit);
  return out;
}
