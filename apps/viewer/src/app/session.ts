import { placeNearNeighbours, seededRandom } from '@parley/core/layout';
import { type ContractGraph, fetchGraph, fetchSubgraph } from '../api/index.js';
import { drawnSubgraph, type ExportGraph } from '../export/files.js';
import { filterSummary, legendOf } from '../export/legend.js';
import type { PictureCaption } from '../export/picture.js';
import { type DrawnSubset, drawnSubset } from '../filters/index.js';
import { loadGraph, statementCounts, type ViewerGraph } from '../graph/index.js';
import { LayoutController, type LayoutStatus } from '../layout/index.js';
import { mountLegend } from '../legend/index.js';
import { mountPanel } from '../panel/index.js';
import { GraphView } from '../render/index.js';
import { SearchIndex } from '../search/index.js';
import type { ViewPart, ViewState, ViewStore } from '../state/index.js';
import { communityColor, type NodeLook, nodeLooks, type SizeBy } from '../style/index.js';
import { communities, type DrawnGraph, drawnGraph, nodeMetric, VIEWS } from '../views/index.js';
import { type EdgeRow, edgeRows, type TableRow, tableRows } from '../views/table.js';

/** The page elements a session draws into. */
export interface SessionElements {
  graph: HTMLElement;
  sidebar: HTMLElement;
  panel: HTMLElement;
}

/** What is drawn after the filters, of how much the view holds (the status bar's figures). */
export interface DrawnCounts {
  nodes: number;
  totalNodes: number;
  edges: number;
  totalEdges: number;
}

export interface SessionHooks {
  onLayoutStatus: (status: LayoutStatus) => void;
  onCounts: (counts: DrawnCounts) => void;
}

/** True when two node sets (null: every node) hold the same nodes. */
function sameNodes(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const node of a) if (!b.has(node)) return false;
  return true;
}

/** How many nodes one expansion fetches at most (the node and its most connected neighbours). */
const EXPAND_BUDGET = 120;

/** Adds a fetched part's nodes and edges that the graph lacks; returns the keys of the nodes added. */
function mergeInto(graph: ViewerGraph, part: ContractGraph): string[] {
  const added: string[] = [];
  for (const n of part.nodes) {
    if (graph.hasNode(n.key)) continue;
    const { x: _x, y: _y, ...attributes } = n.attributes;
    graph.addNode(n.key, attributes as never);
    added.push(n.key);
  }
  for (const e of part.edges)
    if (!graph.hasEdge(e.key)) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes as never);
  return added;
}

/** Named performance marks the benchmarks read. */
export const MARKS = {
  loaded: 'parley:graph-loaded',
  firstFrame: 'parley:first-frame',
  settled: 'parley:layout-settled',
} as const;

/**
 * One graph on screen: the loaded graph (the data model, which panels read) and the graph its
 * view draws, with the sigma view, layout, legend and search index of the drawn graph, all
 * following the shared view store. Switching views redraws from the loaded graph without a
 * fetch. `dispose` frees it before another graph is opened.
 */
export class GraphSession {
  view!: GraphView;
  layout!: LayoutController;
  search!: SearchIndex;
  /** The graph on screen: `source` itself in the full view, a derived graph in the others. */
  graph!: DrawnGraph;
  private looks = new Map<string, NodeLook>();
  /** Louvain community colours in the actor view, else null (kind and type colours). */
  private colors: Map<string, string> | null = null;
  /** Louvain communities of the actor view (0 the largest), else null. */
  private groups: Map<string, number> | null = null;
  /** What the filters leave drawn now (null: all), kept for the table and the exports. */
  private shown: DrawnSubset = { nodes: null, edges: null };
  /** The parts of the page that follow the store, in one list. */
  private parts: ViewPart[] = [];
  private unsubscribe: () => void;

  private constructor(
    readonly name: string,
    readonly source: ViewerGraph,
    private readonly store: ViewStore,
    private readonly el: SessionElements,
    private readonly hooks: SessionHooks,
  ) {
    this.draw(store.get());
    this.unsubscribe = store.subscribe((next, previous) => this.follow(next, previous));
    this.applyAll(store.get(), true);
  }

  /**
   * Fetches a graph and puts it on screen with the store's view, selection, filters and camera.
   * @example const session = await GraphSession.open('ukraine-peace-talks', store, elements, hooks);
   */
  static async open(
    name: string,
    store: ViewStore,
    el: SessionElements,
    hooks: SessionHooks,
  ): Promise<GraphSession> {
    const budget = store.get().explore;
    const data = budget ? await fetchSubgraph(name, { budget }) : await fetchGraph(name);
    const { graph } = loadGraph(data);
    performance.mark(MARKS.loaded);
    return new GraphSession(name, graph, store, el, hooks);
  }

  /** Builds the drawn graph of the state's view and everything that draws it. */
  private draw(state: ViewState): void {
    this.graph = drawnGraph(this.source, state.view);
    this.groups = state.view === 'actors' ? communities(this.graph) : null;
    this.colors = this.groups ? this.communityColors(this.groups) : null;
    this.looks = this.computeLooks(state.sizeBy);
    // The search index reads node attributes only, which a drawn graph shares with the loaded one.
    this.search = new SearchIndex(this.graph as unknown as ViewerGraph);
    this.view = new GraphView(this.el.graph, this.graph, this.looks, {
      onClickNode: (node) => this.store.update({ selected: node }),
      onClickStage: () => this.store.update({ selected: null }),
      onCamera: (camera) => this.store.update({ camera }),
      onFirstFrame: () => performance.mark(MARKS.firstFrame),
    });
    this.layout = new LayoutController(this.graph, {
      sizeOf: (node) => this.looks.get(node)?.size ?? 3,
      unitsPerPixel: () => this.view.unitsPerPixel(),
      onStatus: (status) => {
        if (status === 'settled') {
          performance.mark(MARKS.settled);
          // The layout moved the nodes since the filters framed them: frame what is drawn again.
          if (this.shown.nodes && this.view.isFramed()) this.view.frame(this.shown.nodes);
        }
        this.hooks.onLayoutStatus(status);
      },
    });
    this.parts = [
      mountLegend(this.el.sidebar, this.source, this.graph, this.store, this.groups),
      mountPanel(this.el.panel, {
        graph: this.source,
        graphName: this.name,
        colorOf: (n) => this.colorOf(n),
        select: (n) => this.focus(n),
        close: () => this.store.update({ selected: null }),
        ...(state.explore ? { expand: (n: string) => void this.expand(n) } : {}),
      }),
    ];
  }

  /**
   * Exploration: fetches a node's ego network from the server (its most connected neighbours, within
   * a budget), merges what is new into the loaded graph next to the nodes it links to, and redraws.
   * @returns how many nodes were added
   */
  async expand(node: string): Promise<number> {
    const part = await fetchSubgraph(this.name, { around: node, depth: 1, budget: EXPAND_BUDGET });
    const added = mergeInto(this.source, part);
    if (added.length === 0) return 0;
    placeNearNeighbours(this.source, added, seededRandom(this.source.order));
    this.switchView(this.store.get());
    return added.length;
  }

  private communityColors(groups: Map<string, number>): Map<string, string> {
    const colors = new Map<string, string>();
    for (const [node, c] of groups) colors.set(node, communityColor(c));
    return colors;
  }

  /** Node looks for a size mode: statements are counted in the loaded graph (views drop them). */
  private computeLooks(sizeBy: SizeBy): Map<string, NodeLook> {
    const measure = sizeBy === 'statements' ? statementCounts(this.source) : nodeMetric(this.graph, sizeBy);
    return nodeLooks(this.graph, sizeBy, { measure, colors: this.colors });
  }

  /** The resting colour of a node (for swatches). */
  colorOf(node: string): string {
    return this.looks.get(node)?.color ?? '#94a3b8';
  }

  /**
   * Selects a node and flies the camera to it. A node this view does not draw (a statement the
   * actor panel lists) opens in the full view, where every node is.
   */
  focus(node: string): void {
    if (!this.graph.hasNode(node)) {
      if (this.source.hasNode(node)) this.store.update({ view: 'full', selected: node, camera: null });
      return;
    }
    this.store.update({ selected: node });
    // With the ego network on, the camera frames the new neighbourhood instead.
    if (this.store.get().filters.ego === 0) this.view.flyTo(node);
  }

  /** Brings everything up to `state`; `restoreCamera` puts back a copied link's camera. */
  private applyAll(state: ViewState, restoreCamera: boolean): void {
    const selected = state.selected && this.graph.hasNode(state.selected) ? state.selected : null;
    if (selected !== state.selected) this.store.update({ selected });
    const keepCamera = restoreCamera && state.camera !== null;
    this.applyFilters({ ...state, selected }, !keepCamera && !selected);
    this.view.setSelected(selected, state.filters.ego === 0);
    for (const part of this.parts) part.sync({ ...state, selected }, null);
    if (keepCamera && state.camera) this.view.setCamera(state.camera);
    else if (selected) this.view.flyTo(selected);
  }

  /** Another view: a new drawn graph, drawn from scratch, its layout started from the copied positions. */
  private switchView(state: ViewState): void {
    this.layout.kill();
    this.view.kill();
    this.draw(state);
    this.applyAll(state, false);
    this.layout.start();
  }

  /** Reacts to a store change, redoing only what the change touches. */
  private follow(next: ViewState, previous: ViewState): void {
    if (next.view !== previous.view) {
      this.switchView(next);
      return;
    }
    if (next.sizeBy !== previous.sizeBy) {
      this.looks = this.computeLooks(next.sizeBy);
      this.view.setLooks(this.looks);
    }
    const selectionChanged = next.selected !== previous.selected;
    if (next.filters !== previous.filters || (selectionChanged && next.filters.ego > 0))
      this.applyFilters(next, true);
    if (selectionChanged || next.filters.ego !== previous.filters.ego) {
      this.view.setSelected(next.selected, next.filters.ego === 0);
    }
    for (const part of this.parts) part.sync(next, previous);
  }

  /** The data table's rows: the nodes drawn now, after the filters. */
  tableRows(): TableRow[] {
    return tableRows(this.graph, this.source, this.shown.nodes, this.groups);
  }

  /** The edge table's rows: the edges drawn now, after the filters. */
  edgeRows(): EdgeRow[] {
    return edgeRows(this.graph, this.source, this.shown.nodes, this.shown.edges);
  }

  /** What the filters leave drawn now: null sets mean all of the view's nodes or edges. */
  drawn(): DrawnSubset {
    return this.shown;
  }

  /** A copy of what is drawn (nodes with their colour, size and community), for the exports. */
  exportGraph(): ExportGraph {
    return drawnSubgraph(this.graph, this.shown, (node) => {
      const look = this.looks.get(node);
      if (!look) return undefined;
      const community = this.groups?.get(node);
      return { color: look.color, size: look.size, ...(community === undefined ? {} : { community }) };
    });
  }

  /** The title, caption line and legend of a picture of what is drawn now. */
  caption(): PictureCaption {
    const state = this.store.get();
    const { nodes, totalNodes, edges, totalEdges } = this.counts();
    const n = (x: number) => x.toLocaleString('en-US');
    const filters = filterSummary(state.filters, state.selected, (node) =>
      this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, 'label') : node,
    );
    const counts = `${n(nodes)} of ${n(totalNodes)} nodes · ${n(edges)} of ${n(totalEdges)} edges`;
    return {
      title: `${this.name} · ${VIEWS[state.view].title}`,
      subtitle: [counts, filters, `Parley, ${new Date().toISOString().slice(0, 10)}`]
        .filter(Boolean)
        .join(' · '),
      legend: legendOf(this.graph, this.shown, (node) => this.colorOf(node), this.groups),
    };
  }

  /** How much of the view is drawn now. */
  private counts(): DrawnCounts {
    const { nodes, edges } = this.shown;
    return {
      nodes: nodes ? nodes.size : this.graph.order,
      totalNodes: this.graph.order,
      edges: edges ? edges.size : this.graph.size,
      totalEdges: this.graph.size,
    };
  }

  /** Applies the filters to the view, reports the counts and, with `reframe`, frames what remains. */
  private applyFilters(state: ViewState, reframe: boolean): void {
    const before = this.shown;
    this.shown = drawnSubset(this.graph, this.source, state.filters, state.selected);
    const { nodes, edges } = this.shown;
    this.view.setFilters(nodes, edges);
    if (reframe && !sameNodes(before.nodes, nodes)) this.view.frame(nodes);
    this.hooks.onCounts(this.counts());
  }

  /** Stops the layout, the view and the store subscription. */
  dispose(): void {
    this.unsubscribe();
    this.layout.kill();
    this.view.kill();
  }
}
