/** One ranked item: its number and its score. */
export interface Hit {
  doc: number;
  score: number;
}

/** True when a ranks below b: lower score, or the same score and a later number. */
const worse = (aDoc: number, aScore: number, b: Hit) =>
  aScore < b.score || (aScore === b.score && aDoc > b.doc);

/** True when hit a ranks above (doc, score). */
const better = (a: Hit, doc: number, score: number) => a.score > score || (a.score === score && a.doc < doc);

/**
 * Keeps the k best of a stream of scored items in a min-heap (the worst kept item at the root),
 * allocating only for items that make it in. Ties rank by lower number first, so results are stable.
 * @example const top = new TopK(2); top.offer(0, 1); top.offer(1, 3); top.offer(2, 2); top.sorted() // docs 1, 2
 */
export class TopK {
  private readonly heap: Hit[] = [];

  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    const heap = this.heap;
    if (this.k <= 0) return;
    if (heap.length < this.k) {
      heap.push({ doc, score });
      this.up(heap.length - 1);
    } else if (!better(heap[0] as Hit, doc, score)) {
      heap[0] = { doc, score };
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): Hit[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [child, top] = [heap[i] as Hit, heap[parent] as Hit];
      if (!worse(child.doc, child.score, top)) return;
      heap[i] = top;
      heap[parent] = child;
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      let least = i;
      for (const c of [2 * i + 1, 2 * i + 2]) {
        const [child, best] = [heap[c], heap[least] as Hit];
        if (child && worse(child.doc, child.score, best)) least = c;
      }
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least] as Hit, heap[i] as Hit];
      i = least;
    }
  }
}
