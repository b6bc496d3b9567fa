import forceAtlas2 from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { DrawnGraph } from '../views/index.js';
import { SettleDetector } from './settle.js';
import { FrameThrottledFA2 } from './throttled-fa2.js';

export { SettleDetector } from './settle.js';

/** Where the layout is at, for the top bar and the benchmarks. */
export type LayoutStatus = 'running' | 'separating' | 'settled' | 'stopped';

export interface LayoutOptions {
  /** Rendered node size in pixels, so noverlap separates nodes by what is drawn. */
  sizeOf: (node: string) => number;
  /** Graph units per screen pixel at the default zoom. */
  unitsPerPixel: () => number;
  onStatus: (status: LayoutStatus) => void;
}

const SAMPLE_MS = 250;
const NOVERLAP_MAX_NODES = 5000;

/**
 * Runs ForceAtlas2 in a web worker from the current positions, stops it by itself once the
 * positions settle (or after a time budget that grows with the graph), then removes overlaps
 * with noverlap, also in a worker. The main thread only samples positions four times a second.
 */
export class LayoutController {
  private fa2: FrameThrottledFA2 | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer = 0;
  private status: LayoutStatus = 'stopped';

  constructor(
    private readonly graph: DrawnGraph,
    private readonly options: LayoutOptions,
  ) {}

  /** The time budget before the layout is stopped even if it still moves. */
  private budgetMs(): number {
    return Math.min(2000 + this.graph.order, 12_000);
  }

  /** Starts (or restarts) ForceAtlas2; it stops by itself once settled. */
  start(): void {
    this.halt();
    if (this.graph.order < 2) {
      this.setStatus('settled');
      return;
    }
    const settings = forceAtlas2.inferSettings(this.graph);
    this.fa2 = new FrameThrottledFA2(this.graph, { settings });
    this.fa2.start();
    this.setStatus('running');
    const detector = new SettleDetector();
    const startedAt = performance.now();
    let seen = 0;
    this.timer = window.setInterval(() => {
      const fa2 = this.fa2;
      if (!fa2) return;
      const positions = fa2.iterations > seen ? fa2.positions() : null;
      seen = fa2.iterations;
      // Only new iterations count: a busy page must not pass for a settled layout.
      const settled = positions !== null && detector.sample(positions);
      if (settled || performance.now() - startedAt > this.budgetMs()) this.separate();
    }, SAMPLE_MS);
  }

  /** Stops whatever runs, leaving nodes where they are. */
  stop(): void {
    this.halt();
    this.setStatus('stopped');
  }

  /** True while ForceAtlas2 or noverlap runs. */
  isRunning(): boolean {
    return this.status === 'running' || this.status === 'separating';
  }

  /** Frees the workers (when another graph is loaded). */
  kill(): void {
    this.halt();
  }

  private halt(): void {
    window.clearInterval(this.timer);
    this.fa2?.kill();
    this.fa2 = null;
    this.noverlap?.kill();
    this.noverlap = null;
  }

  /** Second phase: pushes overlapping nodes apart so labels do not pile up. */
  private separate(): void {
    this.halt();
    // Like `parley build`: past 5,000 nodes noverlap costs more than the few labels shown gain.
    if (this.graph.order > NOVERLAP_MAX_NODES) {
      this.setStatus('settled');
      return;
    }
    const scale = this.options.unitsPerPixel();
    this.setStatus('separating');
    const done = () => {
      window.clearTimeout(this.timer);
      this.noverlap?.kill();
      this.noverlap = null;
      this.setStatus('settled');
    };
    this.noverlap = new NoverlapLayout(this.graph, {
      settings: { ratio: 1.2, margin: 5 * scale },
      inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: this.options.sizeOf(key) * scale }),
      onConverged: done,
    });
    this.noverlap.start();
    // noverlap may never fully converge on a dense core; the budget keeps the page calm.
    this.timer = window.setTimeout(done, 3000);
  }

  private setStatus(status: LayoutStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
