import type { Filters } from '../filters/index.js';
import type { SizeBy } from '../style/index.js';
import type { ViewName } from '../views/index.js';

/** Sigma's camera, rounded for the URL. */
export interface CameraSnapshot {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** Everything a copied link must bring back. */
export interface ViewState {
  graph: string | null;
  /** Which view of the graph is drawn (views/). */
  view: ViewName;
  selected: string | null;
  filters: Filters;
  camera: CameraSnapshot | null;
  sizeBy: SizeBy;
  /**
   * Exploration of a graph too large to draw whole: the node budget of the server's overview the
   * session starts from, expanded node by node on demand; 0 draws the whole graph.
   */
  explore: number;
}

/**
 * A part of the page that follows the view store (the legend, the panel, the view switcher, the search
 * box). The session holds its parts in one list, the top bar's parts subscribe to the store; `sync` runs
 * on every change and each part redoes only what the change touches.
 */
export interface ViewPart {
  /** Brings the part up to `view`; `previous` is null on the first call (draw everything). */
  sync(view: ViewState, previous: ViewState | null): void;
}
