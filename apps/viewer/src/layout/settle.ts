/**
 * Watches node positions and says when a running layout has settled: the mean move between two
 * samples, relative to the graph's extent, stays under `threshold` for `patience` samples in a row.
 */
export class SettleDetector {
  private previous: Float64Array | null = null;
  private calm = 0;

  constructor(
    private readonly threshold = 0.0015,
    private readonly patience = 3,
  ) {}

  /**
   * Feeds one sample of positions (x0, y0, x1, y1, ...) in a stable node order.
   * @returns true once the layout counts as settled
   */
  sample(positions: Float64Array): boolean {
    const prev = this.previous;
    this.previous = positions;
    if (!prev || prev.length !== positions.length || positions.length === 0) return false;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    let moved = 0;
    for (let i = 0; i < positions.length; i += 2) {
      const x = positions[i] ?? 0;
      const y = positions[i + 1] ?? 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      moved += Math.hypot(x - (prev[i] ?? 0), y - (prev[i + 1] ?? 0));
    }
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    const meanMove = moved / (positions.length / 2) / extent;
    this.calm = meanMove < this.threshold ? this.calm + 1 : 0;
    return this.calm >= this.patience;
  }

  /** Forgets past samples (after a restart). */
  reset(): void {
    this.previous = null;
    this.calm = 0;
  }
}
