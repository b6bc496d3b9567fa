import type { SerializedParleyGraph } from '@parley/core';

/** Options of {@link syntheticGraph}: either an exact size (`nodes`, `edges`) or a corpus shape. */
export interface SyntheticGraphOptions {
  /** Articles in a corpus-shaped graph (default 100; about 22 nodes and 31 edges per article). */
  articles?: number;
  actorsPerArticle?: number;
  statementsPerArticle?: number;
  /** Same seed, same graph (default 1). */
  seed?: number;
  /** Exact node count; switches to the sized graph. */
  nodes?: number;
  /** Exact edge count with `nodes` (default 3 per node). */
  edges?: number;
}

/** A deterministic synthetic Parley graph in the graph contract's JSON shape, with x/y on every node. */
export function syntheticGraph(options?: SyntheticGraphOptions): SerializedParleyGraph;
