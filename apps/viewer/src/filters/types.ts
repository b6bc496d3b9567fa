import type { ActorType, EdgeType, NodeKind } from '../graph/index.js';

/** Ego network depth: 0 is off. */
export type EgoDepth = 0 | 1 | 2;

/** What the analyst chose to hide or focus on. Stored as "hidden" lists so the default is short in the URL. */
export interface Filters {
  hiddenKinds: NodeKind[];
  hiddenActorTypes: ActorType[];
  hiddenEdgeTypes: EdgeType[];
  /** Only the statements, proposals and actors of this article id. */
  article: string | null;
  /** Only nodes within this many hops of the selected node. */
  ego: EgoDepth;
  /** Only statements the attribution model is at least this sure of (0: all). */
  minConfidence: number;
  /** Only articles published on or after this day (`YYYY-MM-DD`), their contents and actors. */
  since: string | null;
  /** Only articles published on or before this day (`YYYY-MM-DD`, the whole day). */
  until: string | null;
  /** Only the articles of this publisher (the article's `publisher`), their contents and actors. */
  publisher: string | null;
  /** Only edges whose weight (statements behind a merged edge; 1 for a plain edge) is at least this. */
  minWeight: number;
  /** Only nodes with at least this many neighbours through drawn edges, counted after the other filters (0: all). */
  minDegree: number;
  /** Hides the nodes left without a drawn edge once every other filter is applied. */
  hideIsolated: boolean;
}

/** Nothing hidden. */
export const NO_FILTERS: Filters = {
  hiddenKinds: [],
  hiddenActorTypes: [],
  hiddenEdgeTypes: [],
  article: null,
  ego: 0,
  minConfidence: 0,
  since: null,
  until: null,
  publisher: null,
  minWeight: 0,
  minDegree: 0,
  hideIsolated: false,
};
