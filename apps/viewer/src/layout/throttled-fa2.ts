import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { DrawnGraph } from '../views/index.js';

/** The supervisor internals this subclass relies on (graphology-layout-forceatlas2 0.10.x). */
interface SupervisorInternals {
  running: boolean;
  graph: DrawnGraph;
  matrices: { nodes: Float32Array } | null;
  askForIterations(withEdges?: boolean): void;
}

/** Floats per node in the ForceAtlas2 node matrix; x and y come first. */
const PPN = 10;

/**
 * ForceAtlas2 in its web worker, writing positions into the graph at most once per animation
 * frame. The stock supervisor writes after every iteration; on small graphs the worker answers
 * thousands of times a second and those writes (each one a sigma refresh) starve the main thread.
 * The worker still iterates flat out.
 */
export class FrameThrottledFA2 extends FA2Layout {
  private latest: Float32Array | null = null;
  private current: Float32Array | null = null;
  private frame = 0;
  /** Iterations the worker has sent back since start. */
  iterations = 0;

  /** Replaces the supervisor's message handler (the base constructor binds it by name). */
  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const self = this as unknown as SupervisorInternals;
    if (!self.running || !self.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    self.matrices.nodes = matrix;
    // askForIterations transfers this buffer back to the worker: keep a copy for the frame.
    this.latest = matrix.slice();
    this.current = this.latest;
    this.iterations++;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
    self.askForIterations();
  }

  /**
   * The worker's newest positions as x0, y0, x1, y1, ... in graph order, whether or not a frame
   * has drawn them yet: settling is judged on the layout, not on how fast the page paints.
   */
  positions(): Float64Array | null {
    const m = this.current;
    if (!m) return null;
    const out = new Float64Array((m.length / PPN) * 2);
    for (let i = 0, j = 0; i < m.length; i += PPN) {
      out[j++] = m[i] ?? 0;
      out[j++] = m[i + 1] ?? 0;
    }
    return out;
  }

  /** Writes the newest positions into the graph. */
  private flush(): void {
    this.frame = 0;
    const matrix = this.latest;
    if (!matrix) return;
    this.latest = null;
    let i = 0;
    (this as unknown as SupervisorInternals).graph.updateEachNodeAttributes(
      (_node, attr) => {
        attr.x = matrix[i] ?? attr.x;
        attr.y = matrix[i + 1] ?? attr.y;
        i += PPN;
        return attr;
      },
      { attributes: ['x', 'y'] },
    );
  }

  override stop(): void {
    super.stop();
    cancelAnimationFrame(this.frame);
    this.flush();
  }

  override kill(): void {
    cancelAnimationFrame(this.frame);
    this.flush();
    super.kill();
  }
}
