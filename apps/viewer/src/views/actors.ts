import type { Stance, ViewerGraph } from '../graph/index.js';
import { EdgeMerger, graphOfNodes } from './merge.js';
import type { DrawnGraph } from './types.js';

const isActor = (graph: ViewerGraph, node: string) => graph.getNodeAttribute(node, 'kind') === 'actor';

/** "A talks about B": A said a statement whose content mentions B. */
function talksAbout(graph: ViewerGraph, merger: EdgeMerger): void {
  graph.forEachEdge((_e, attr, speaker, statement) => {
    if (attr.type !== 'said' || !isActor(graph, speaker)) return;
    graph.forEachOutEdge(statement, (_m, mention, _s, target) => {
      if (mention.type === 'mentions' && target !== speaker && isActor(graph, target))
        merger.add('talks_about', speaker, target, [statement]);
    });
  });
}

/** "A reports B": outlet A carried a statement B said. */
function reports(graph: ViewerGraph, merger: EdgeMerger): void {
  graph.forEachEdge((_e, attr, statement, outlet) => {
    if (attr.type !== 'reported_by' || !isActor(graph, outlet)) return;
    graph.forEachInEdge(statement, (_s, said, speaker) => {
      if (said.type === 'said' && speaker !== outlet && isActor(graph, speaker))
        merger.add('reports', outlet, speaker, [statement]);
    });
  });
}

/** For or against: proposing counts as supporting. */
const sideOf = (stance: Stance): 'for' | 'against' => (stance === 'rejects' ? 'against' : 'for');

/** Every actor's sides on one proposal, each side with its evidence statements. */
function sidesOnProposal(graph: ViewerGraph, proposal: string) {
  const sides = new Map<string, { for: Set<string>; against: Set<string> }>();
  graph.forEachInEdge(proposal, (_e, attr, actor) => {
    if (attr.type !== 'proposes' && attr.type !== 'supports' && attr.type !== 'rejects') return;
    if (!isActor(graph, actor)) return;
    const entry = sides.get(actor) ?? { for: new Set<string>(), against: new Set<string>() };
    sides.set(actor, entry);
    // An edge without evidence still marks the side; the merger drops the empty key.
    entry[sideOf(attr.type)].add(attr.statement ?? '');
  });
  return sides;
}

/**
 * "A and B take the same / opposite stance on a proposal": one link per proposal and pair,
 * backed by both actors' evidence statements. The pair is stored once, smaller key first.
 */
function stancePairs(graph: ViewerGraph, merger: EdgeMerger): void {
  graph.forEachNode((proposal, attr) => {
    if (attr.kind !== 'proposal') return;
    const sides = [...sidesOnProposal(graph, proposal)].sort(([a], [b]) => (a < b ? -1 : 1));
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const [a, sa] = sides[i] as (typeof sides)[number];
        const [b, sb] = sides[j] as (typeof sides)[number];
        const pairs: ['same_stance' | 'opposite_stance', Set<string>, Set<string>][] = [
          ['same_stance', sa.for, sb.for],
          ['same_stance', sa.against, sb.against],
          ['opposite_stance', sa.for, sb.against],
          ['opposite_stance', sa.against, sb.for],
        ];
        for (const [type, x, y] of pairs) {
          if (!x.size || !y.size) continue;
          merger.add(type, a, b, [...x, ...y], proposal);
        }
      }
    }
  });
}

/**
 * The actor network: actors only, linked by who talks about whom, who shares or opposes whose
 * stance on a proposal, and which outlet reports whom. Parallel links are merged (`count`,
 * `weight` = statements). Actors with no such link are left out (the graph's `isolatedActors`
 * says how many), so the picture is the network and not a ring of lone dots.
 * @example actorView(graph).getEdgeAttribute('talks_about:actor:a->actor:b', 'weight') // 2
 */
export function actorView(graph: ViewerGraph): DrawnGraph {
  const merger = new EdgeMerger();
  talksAbout(graph, merger);
  stancePairs(graph, merger);
  reports(graph, merger);
  const linked = merger.endpoints();
  let isolated = 0;
  graph.forEachNode((node, attr) => {
    if (attr.kind === 'actor' && !linked.has(node)) isolated++;
  });
  const drawn = graphOfNodes(graph, [...linked].sort(), 'actors');
  drawn.setAttribute('isolatedActors', isolated);
  merger.writeInto(drawn);
  return drawn;
}
