import { fetchGraph } from '../api/index.js';
import { visibleNodes } from '../filters/index.js';
import { loadGraph, type ViewerGraph } from '../graph/index.js';
import { LayoutController, type LayoutStatus } from '../layout/index.js';
import { mountLegend } from '../legend/index.js';
import { mountPanel } from '../panel/index.js';
import { GraphView } from '../render/index.js';
import { SearchIndex } from '../search/index.js';
import type { ViewPart, ViewState, ViewStore } from '../state/index.js';
import { type NodeLook, nodeLooks } from '../style/index.js';

/** The page elements a session draws into. */
export interface SessionElements {
  graph: HTMLElement;
  sidebar: HTMLElement;
  panel: HTMLElement;
}

export interface SessionHooks {
  onLayoutStatus: (status: LayoutStatus) => void;
  onCounts: (visible: number, total: number, edges: number) => void;
}

/** Named performance marks the benchmarks read. */
export const MARKS = {
  loaded: 'parley:graph-loaded',
  firstFrame: 'parley:first-frame',
  settled: 'parley:layout-settled',
} as const;

/**
 * One graph on screen: its data, its sigma view, layout, legend, search index and panel, all
 * following the shared view store. `dispose` frees it before another graph is opened.
 */
export class GraphSession {
  readonly view: GraphView;
  readonly layout: LayoutController;
  readonly search: SearchIndex;
  private looks: Map<string, NodeLook>;
  /** The parts of the page that follow the store, in one list. */
  private readonly parts: ViewPart[];
  private unsubscribe: () => void;

  private constructor(
    readonly name: string,
    readonly graph: ViewerGraph,
    private readonly store: ViewStore,
    el: SessionElements,
    private readonly hooks: SessionHooks,
  ) {
    const state = store.get();
    this.looks = nodeLooks(graph, state.sizeBy);
    this.search = new SearchIndex(graph);
    this.view = new GraphView(el.graph, graph, this.looks, {
      onClickNode: (node) => store.update({ selected: node }),
      onClickStage: () => store.update({ selected: null }),
      onCamera: (camera) => store.update({ camera }),
      onFirstFrame: () => performance.mark(MARKS.firstFrame),
    });
    this.layout = new LayoutController(graph, {
      sizeOf: (node) => this.looks.get(node)?.size ?? 3,
      unitsPerPixel: () => this.view.unitsPerPixel(),
      onStatus: (status) => {
        if (status === 'settled') performance.mark(MARKS.settled);
        hooks.onLayoutStatus(status);
      },
    });
    this.parts = [
      mountLegend(el.sidebar, graph, store),
      mountPanel(el.panel, {
        graph,
        graphName: name,
        colorOf: (n) => this.colorOf(n),
        select: (n) => this.focus(n),
        close: () => store.update({ selected: null }),
      }),
    ];
    this.unsubscribe = store.subscribe((next, previous) => this.follow(next, previous));
    this.applyAll(state);
  }

  /**
   * Fetches a graph and puts it on screen with the store's selection, filters and camera.
   * @example const session = await GraphSession.open('ukraine-peace-talks', store, elements, hooks);
   */
  static async open(
    name: string,
    store: ViewStore,
    el: SessionElements,
    hooks: SessionHooks,
  ): Promise<GraphSession> {
    const { graph } = loadGraph(await fetchGraph(name));
    performance.mark(MARKS.loaded);
    return new GraphSession(name, graph, store, el, hooks);
  }

  /** The resting colour of a node (for swatches). */
  colorOf(node: string): string {
    return this.looks.get(node)?.color ?? '#94a3b8';
  }

  /** Selects a node and flies the camera to it. */
  focus(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.store.update({ selected: node });
    this.view.flyTo(node);
  }

  private applyAll(state: ViewState): void {
    const selected = state.selected && this.graph.hasNode(state.selected) ? state.selected : null;
    if (selected !== state.selected) this.store.update({ selected });
    this.applyFilters(state);
    this.view.setSelected(selected, state.filters.ego === 0);
    for (const part of this.parts) part.sync({ ...state, selected }, null);
    if (state.camera) this.view.setCamera(state.camera);
    else if (selected) this.view.flyTo(selected);
  }

  /** Reacts to a store change, redoing only what the change touches. */
  private follow(next: ViewState, previous: ViewState): void {
    if (next.sizeBy !== previous.sizeBy) {
      this.looks = nodeLooks(this.graph, next.sizeBy);
      this.view.setLooks(this.looks);
    }
    const selectionChanged = next.selected !== previous.selected;
    if (next.filters !== previous.filters || (selectionChanged && next.filters.ego > 0))
      this.applyFilters(next);
    if (selectionChanged || next.filters.ego !== previous.filters.ego) {
      this.view.setSelected(next.selected, next.filters.ego === 0);
    }
    for (const part of this.parts) part.sync(next, previous);
  }

  private applyFilters(state: ViewState): void {
    const visible = visibleNodes(this.graph, state.filters, state.selected);
    this.view.setFilters(visible, state.filters.hiddenEdgeTypes);
    this.hooks.onCounts(visible ? visible.size : this.graph.order, this.graph.order, this.graph.size);
  }

  /** Stops the layout, the view and the store subscription. */
  dispose(): void {
    this.unsubscribe();
    this.layout.kill();
    this.view.kill();
  }
}
