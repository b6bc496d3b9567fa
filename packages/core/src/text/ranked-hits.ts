/**
 * The best `limit` hits of a search, one per entry, kept in rank order as they are offered, so a
 * search need not sort every hit to return the first few, and can skip scoring an item whose best
 * possible rank is already worse than the last kept (`beats`).
 */

/** Orders two hits: negative when `a` ranks first. */
export type RankOrder<H> = (a: H, b: H) => number;

/**
 * A bounded, rank-ordered set of hits keyed by entry (a small insertion-sorted buffer: limits are
 * a screenful, so moving a few slots beats a heap's bookkeeping).
 * @example const top = new RankedHits(2, (a, b) => a - b); top.offer(1, 5); top.offer(2, 3); top.offer(3, 4); top.hits() // [3, 4]
 */
export class RankedHits<H> {
  private readonly kept: { entry: number; hit: H }[] = [];

  constructor(
    private readonly limit: number,
    private readonly order: RankOrder<H>,
  ) {}

  /** Whether a hit ranking `candidate` would be kept: the buffer has room or it beats the last. */
  beats(candidate: H): boolean {
    if (this.kept.length < this.limit) return true;
    const last = this.kept[this.kept.length - 1];
    return last !== undefined && this.order(candidate, last.hit) < 0;
  }

  /** Keeps `hit` for `entry` when it improves the entry's kept hit and ranks within the limit. */
  offer(entry: number, hit: H): void {
    if (this.limit <= 0) return;
    const at = this.kept.findIndex((k) => k.entry === entry);
    if (at >= 0) {
      if (this.order(hit, this.kept[at]!.hit) >= 0) return;
      this.kept.splice(at, 1);
    } else if (!this.beats(hit)) return;
    let slot = this.kept.length;
    while (slot > 0 && this.order(hit, this.kept[slot - 1]!.hit) < 0) slot--;
    this.kept.splice(slot, 0, { entry, hit });
    if (this.kept.length > this.limit) this.kept.pop();
  }

  /** The last hit kept once the buffer is full (what a new hit must beat), else undefined. */
  threshold(): H | undefined {
    return this.kept.length >= this.limit ? this.kept[this.kept.length - 1]?.hit : undefined;
  }

  /** The kept hits, best first. */
  hits(): H[] {
    return this.kept.map((k) => k.hit);
  }
}
