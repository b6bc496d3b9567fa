import type { GraphAttributes } from '@parley/core/contract';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ViewerNode } from '../graph/index.js';
import type { CameraSnapshot } from '../state/index.js';
import { DIM_EDGE, DIM_NODE, edgeColor, edgeName, LABEL_COLOR, type NodeLook } from '../style/index.js';
import type { DrawnEdge, DrawnGraph } from '../views/index.js';

export type ParleySigma = Sigma<ViewerNode, DrawnEdge, GraphAttributes>;

/** Below this many edges a merged edge always shows its count; above, only around the focus. */
const EDGE_LABELS_UP_TO = 150;

/** Edges that say the same from both ends are drawn without an arrow head. */
const SYMMETRIC = new Set(['same_stance', 'opposite_stance']);

/**
 * The label of a merged edge: its name and how many links it stands for, and the statements
 * behind them when those differ ("same stance ×2 · 3 statements"); null for a plain edge.
 * @example mergedEdgeLabel({ type: 'talks_about', count: 3, weight: 3 }) // 'talks about ×3'
 */
export function mergedEdgeLabel(edge: DrawnEdge): string | null {
  if (edge.count === undefined) return null;
  const weight = edge.weight ?? edge.count;
  const statements = weight === edge.count ? '' : ` · ${weight} statement${weight === 1 ? '' : 's'}`;
  return `${edgeName(edge.type)} ×${edge.count}${statements}`;
}

/** Merged edges thicken with the root of their weight; plain edges stay thin. */
const thickness = (edge: DrawnEdge) => Math.min(1 + Math.sqrt((edge.weight ?? 1) - 1) * 1.5, 8);

export interface GraphViewEvents {
  onClickNode: (node: string) => void;
  onClickStage: () => void;
  onCamera: (camera: CameraSnapshot) => void;
  onFirstFrame: () => void;
}

/** The closest `frame` zooms in: one node or a tight cluster still shows its surroundings. */
const MIN_FRAME_RATIO = 0.08;

/** Neighbourhoods up to this size get all their labels drawn on focus. */
const FORCE_LABELS_UP_TO = 25;

/** Nodes and edges drawn strongly while one node is focused. */
interface Focus {
  node: string;
  neighbors: Set<string>;
}

/**
 * The sigma canvas and everything about how the graph is drawn right now: resting looks, filters,
 * hover and selection. Reducers read precomputed sets and maps only and the graph itself is never
 * touched, so hovering a 10,000-node graph costs one reducer pass and one render.
 */
export class GraphView {
  readonly sigma: ParleySigma;
  private looks: Map<string, NodeLook>;
  private visible: Set<string> | null = null;
  private visibleEdges: Set<string> | null = null;
  private hovered: Focus | null = null;
  private selected: Focus | null = null;
  /** `focus()` cached between state changes, so reducers do no work to find it. */
  private currentFocus: Focus | null = null;
  private dimAroundSelection = true;
  /** The camera the last `frame` moved to, null before any. */
  private framed: CameraSnapshot | null = null;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    container: HTMLElement,
    private readonly graph: DrawnGraph,
    looks: Map<string, NodeLook>,
    events: GraphViewEvents,
  ) {
    this.looks = looks;
    this.sigma = new Sigma(graph, container, {
      defaultEdgeType: 'arrow',
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelWeight: '600',
      labelColor: { color: LABEL_COLOR },
      labelDensity: 0.5,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 5,
      minEdgeThickness: 1,
      renderEdgeLabels: true,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#334155' },
      zIndex: true,
      // Redrawing tens of thousands of edges every frame of a pan or zoom is what makes big graphs lag.
      hideEdgesOnMove: graph.size > 20_000,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    // Sigma's constructor indexes the graph and renders synchronously: the first frame is drawn.
    events.onFirstFrame();
    this.bind(events);
    // Sigma only watches the window; the side panel and sidebar resize the stage on their own.
    this.resizeObserver = new ResizeObserver(() => {
      this.sigma.resize();
      this.sigma.scheduleRefresh();
    });
    this.resizeObserver.observe(container);
  }

  private bind(events: GraphViewEvents): void {
    const s = this.sigma;
    s.on('enterNode', ({ node }) => {
      this.hovered = this.focusOn(node);
      s.getContainer().style.cursor = 'pointer';
      this.redraw(true);
    });
    s.on('leaveNode', () => {
      this.hovered = null;
      s.getContainer().style.cursor = '';
      this.redraw(true);
    });
    s.on('clickNode', ({ node }) => events.onClickNode(node));
    s.on('clickStage', () => events.onClickStage());
    s.getCamera().on('updated', (state) => events.onCamera({ ...state }));
  }

  /** A node and its neighbours through the edges drawn now (a filtered-out edge lights up nothing). */
  private focusOn(node: string): Focus | null {
    if (!this.graph.hasNode(node)) return null;
    const neighbors = new Set<string>();
    this.graph.forEachEdge(node, (edge, _attr, source, target) => {
      if (this.visibleEdges && !this.visibleEdges.has(edge)) return;
      neighbors.add(source === node ? target : source);
    });
    neighbors.delete(node);
    return { node, neighbors };
  }

  /** The node whose neighbourhood is drawn strongly: hovered, else selected unless filtered out. */
  private focus(): Focus | null {
    if (this.hovered) return this.hovered;
    const shown = this.selected && (!this.visible || this.visible.has(this.selected.node));
    if (shown && this.dimAroundSelection) return this.selected;
    return null;
  }

  private reduceNode(node: string, data: ViewerNode): Partial<NodeDisplayData> {
    const look = this.looks.get(node);
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      color: look?.color ?? '#94a3b8',
      size: look?.size ?? 3,
      label: look?.label ?? null,
      zIndex: look?.zIndex ?? 0,
    };
    if (this.visible && !this.visible.has(node)) out.hidden = true;
    const focus = this.currentFocus;
    if (focus) {
      if (node === focus.node || focus.neighbors.has(node)) {
        out.label = look?.focusLabel ?? data.label;
        out.zIndex = 10;
        // A small neighbourhood is read whole: every name shows, even where labels crowd.
        if (node === focus.node || focus.neighbors.size <= FORCE_LABELS_UP_TO) out.forceLabel = true;
      } else {
        out.color = DIM_NODE;
        out.label = null;
      }
    }
    if (node === this.selected?.node) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 20;
    }
    return out;
  }

  private reduceEdge(edge: string, data: DrawnEdge): Partial<EdgeDisplayData> {
    if (this.visibleEdges && !this.visibleEdges.has(edge)) return { hidden: true };
    const focus = this.currentFocus;
    if (focus && !this.graph.hasExtremity(edge, focus.node)) return { color: DIM_EDGE, size: 0.5, zIndex: 0 };
    const out: Partial<EdgeDisplayData> = {
      color: edgeColor(data.type),
      size: thickness(data) + (focus ? 0.5 : 0),
      zIndex: focus ? 1 : 0,
    };
    if (SYMMETRIC.has(data.type)) out.type = 'line';
    if (focus || this.graph.size <= EDGE_LABELS_UP_TO) out.label = mergedEdgeLabel(data);
    return out;
  }

  /** Re-runs the reducers; only colours and labels changed when `lookOnly`, so nothing is re-indexed. */
  private redraw(lookOnly: boolean): void {
    this.currentFocus = this.focus();
    this.sigma.refresh(lookOnly ? { skipIndexation: true } : {});
  }

  /** Changes the resting looks (size mode switch). */
  setLooks(looks: Map<string, NodeLook>): void {
    this.looks = looks;
    this.redraw(false);
  }

  /** Applies filters: the nodes and edges left drawn, null for all of them. */
  setFilters(visible: Set<string> | null, visibleEdges: Set<string> | null): void {
    this.visible = visible;
    this.visibleEdges = visibleEdges;
    if (this.selected) this.selected = this.focusOn(this.selected.node);
    this.redraw(false);
  }

  /**
   * Moves the camera so `nodes` fill the stage (null: the whole graph, sigma's home view). The
   * box is measured in screen pixels at the home camera, so the stage's aspect ratio is respected.
   */
  frame(nodes: Iterable<string> | null, duration = 500): void {
    const camera = this.sigma.getCamera();
    const target = nodes ? this.cameraFitting(nodes) : { x: 0.5, y: 0.5, ratio: 1 };
    if (!target) return;
    this.framed = { ...target, angle: 0 };
    void camera.animate(this.framed, { duration });
  }

  /**
   * True while the camera is where the last `frame` put it (the analyst has not panned or zoomed
   * since), so a layout that moved the nodes may frame them again.
   */
  isFramed(): boolean {
    const c = this.sigma.getCamera().getState();
    const f = this.framed;
    return (
      f !== null &&
      Math.abs(c.x - f.x) < 1e-6 &&
      Math.abs(c.y - f.y) < 1e-6 &&
      Math.abs(c.ratio - f.ratio) < 1e-6
    );
  }

  /** The camera that shows `nodes` with a margin, or null when none of them is drawn. */
  private cameraFitting(nodes: Iterable<string>): { x: number; y: number; ratio: number } | null {
    const home = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const node of nodes) {
      const display = this.sigma.getNodeDisplayData(node);
      if (!display) continue;
      const p = this.sigma.framedGraphToViewport(display, home);
      [minX, minY] = [Math.min(minX, p.x), Math.min(minY, p.y)];
      [maxX, maxY] = [Math.max(maxX, p.x), Math.max(maxY, p.y)];
    }
    if (minX > maxX) return null;
    const { width, height } = this.sigma.getDimensions();
    const middle = { x: minX + (maxX - minX) / 2, y: minY + (maxY - minY) / 2 };
    const center = this.sigma.viewportToFramedGraph(middle, home);
    // 1.25: a margin for node sizes and labels; never closer than a single node's close-up.
    const ratio = Math.max(((maxX - minX) / width) * 1.25, ((maxY - minY) / height) * 1.25, MIN_FRAME_RATIO);
    return { x: center.x, y: center.y, ratio: Math.min(ratio, 1) };
  }

  /**
   * Marks the selected node (null clears). With `dimOthers`, everything but it and its neighbours
   * fades; off when a filter (the ego network) already narrows the view to its surroundings.
   */
  setSelected(node: string | null, dimOthers = true): void {
    this.selected = node ? this.focusOn(node) : null;
    this.dimAroundSelection = dimOthers;
    this.redraw(true);
  }

  /** Moves the camera smoothly onto a node, zooming in. */
  flyTo(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    const camera = this.sigma.getCamera();
    void camera.animate(
      { x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.5) },
      { duration: 600 },
    );
  }

  /** Puts the camera where a copied link had it. */
  setCamera(camera: CameraSnapshot): void {
    this.sigma.getCamera().setState(camera);
  }

  /** Graph units per screen pixel at the default zoom, so layouts can reason about drawn sizes. */
  unitsPerPixel(): number {
    const a = this.sigma.viewportToGraph(
      { x: 0, y: 0 },
      { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } },
    );
    const b = this.sigma.viewportToGraph(
      { x: 100, y: 0 },
      { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } },
    );
    return Math.hypot(b.x - a.x, b.y - a.y) / 100;
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }
}
