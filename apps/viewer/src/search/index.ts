import { type MatchEntry, NameMatcher } from '@parley/core/match';
import type { NodeKind, ViewerGraph } from '../graph/index.js';

/** One autocomplete suggestion. */
export interface SearchHit {
  node: string;
  kind: NodeKind;
  label: string;
  /** The alias or text that matched, when it is not the label itself. */
  matched: string | null;
  /** Core's relevance (lower is better). */
  score: number;
}

/** What a node is found by: names for actors, proposals and articles; text for statements. */
function entryOf(graph: ViewerGraph, node: string): MatchEntry {
  const attr = graph.getNodeAttributes(node);
  const names = attr.kind === 'actor' ? [attr.label, ...(attr.aliases ?? [])] : [attr.label];
  const texts =
    (attr.kind === 'statement' || attr.kind === 'proposal') && attr.text !== attr.label ? [attr.text] : [];
  return attr.kind === 'statement'
    ? { id: node, names: [], texts: [attr.label, ...texts], prominence: graph.degree(node) }
    : { id: node, names, texts, prominence: graph.degree(node) };
}

/**
 * The viewer's search over actor names and aliases, proposal labels, statement text and article
 * titles, through core's one matcher (the API's `actors?q=` ranks the same way): prefixes,
 * accents, typos and word order forgiven, ranked by relevance then degree. Built once per graph.
 */
export class SearchIndex {
  private readonly matcher: NameMatcher;

  constructor(private readonly graph: ViewerGraph) {
    this.matcher = new NameMatcher(graph.mapNodes((node) => entryOf(graph, node)));
  }

  /**
   * Best matches first, one hit per node.
   * @example new SearchIndex(graph).search('putn')[0]?.label // 'Vladimir Putin'
   */
  search(query: string, limit = 12): SearchHit[] {
    return this.matcher.search(query, limit).map((hit) => {
      const attr = this.graph.getNodeAttributes(hit.id);
      return {
        node: hit.id,
        kind: attr.kind,
        label: attr.label,
        matched: hit.name === attr.label ? null : hit.name,
        score: hit.relevance,
      };
    });
  }
}
