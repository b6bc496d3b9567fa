import { fold } from '@parley/core/normalize';
import type { NodeKind, ViewerGraph } from '../graph/index.js';

/** One searchable name or text of a node. */
interface Entry {
  node: string;
  kind: NodeKind;
  label: string;
  /** The lower-cased form matched against. */
  haystack: string;
  /** The surface form shown when it differs from the label (an alias). */
  shown: string;
}

/** One autocomplete suggestion. */
export interface SearchHit {
  node: string;
  kind: NodeKind;
  label: string;
  /** The alias or text that matched, when it is not the label itself. */
  matched: string | null;
  score: number;
}

const KIND_RANK: Record<NodeKind, number> = { actor: 0, proposal: 1, statement: 2, article: 3 };

/**
 * An in-memory index over actor names and aliases, proposal labels, statement text and article
 * titles. Built once per graph; a query is one linear scan, which stays well under a frame at
 * 10,000 nodes.
 */
export class SearchIndex {
  private entries: Entry[] = [];

  constructor(graph: ViewerGraph) {
    graph.forEachNode((node, attr) => {
      const add = (shown: string) => {
        if (shown)
          this.entries.push({ node, kind: attr.kind, label: attr.label, haystack: fold(shown), shown });
      };
      add(attr.label);
      if (attr.kind === 'actor') for (const alias of attr.aliases ?? []) if (alias !== attr.label) add(alias);
      if (attr.kind === 'statement' || attr.kind === 'proposal') if (attr.text !== attr.label) add(attr.text);
    });
  }

  /**
   * Best matches first: whole-name matches, then word starts, then anywhere; actors before
   * proposals before statements; one hit per node.
   * @example new SearchIndex(graph).search('putin')[0]?.label // 'Vladimir Putin'
   */
  search(query: string, limit = 12): SearchHit[] {
    const q = fold(query.trim());
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    for (const e of this.entries) {
      const at = e.haystack.indexOf(q);
      if (at < 0) continue;
      const wordStart = at === 0 || /[^\p{L}\p{N}]/u.test(e.haystack[at - 1] ?? ' ');
      const quality = e.haystack === q ? 0 : at === 0 ? 1 : wordStart ? 2 : 3;
      const score = quality * 10 + KIND_RANK[e.kind];
      const prior = best.get(e.node);
      if (prior && prior.score <= score) continue;
      best.set(e.node, {
        node: e.node,
        kind: e.kind,
        label: e.label,
        matched: e.shown === e.label ? null : e.shown,
        score,
      });
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || a.label.length - b.label.length || a.label.localeCompare(b.label))
      .slice(0, limit);
  }
}
