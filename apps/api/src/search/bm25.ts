import { terms } from '@parley/core';

import { type Hit, TopK } from './top-k.js';

export type { Hit } from './top-k.js';

/** The best `hits` (best first) and how many documents matched in all. */
export interface SearchResult {
  total: number;
  hits: Hit[];
}

const K1 = 1.2;
const B = 0.75;

/**
 * An inverted index ranking documents with Okapi BM25. Built once per graph; documents are
 * addressed by their position in the list given to the constructor. Queries reuse scratch
 * buffers and keep only the best k hits in a heap, so a query touching tens of thousands of
 * documents stays well under a millisecond.
 * @example
 * const index = new Bm25Index(['security guarantees for Kyiv', 'a ceasefire now']);
 * index.search('guarantee', 10).hits[0]?.doc; // 0
 */
export class Bm25Index {
  private readonly postings = new Map<string, { docs: Uint32Array; weights: Float64Array }>();
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;

  constructor(documents: readonly string[]) {
    const n = documents.length;
    this.scores = new Float64Array(n);
    this.touched = new Uint32Array(n);
    const lengths = new Uint32Array(n);
    const building = new Map<string, { docs: number[]; freqs: number[] }>();
    let total = 0;
    documents.forEach((text, doc) => {
      const counts = new Map<string, number>();
      for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = building.get(term) ?? { docs: [], freqs: [] };
        building.set(term, list);
        list.docs.push(doc);
        list.freqs.push(tf);
        lengths[doc] = (lengths[doc] as number) + tf;
      }
      total += lengths[doc] as number;
    });
    const average = n && total ? total / n : 1;
    // Term weights do not depend on the query, so each posting stores its final BM25 contribution.
    for (const [term, list] of building) {
      const idf = Math.log(1 + (n - list.docs.length + 0.5) / (list.docs.length + 0.5));
      const weights = Float64Array.from(list.docs, (doc, i) => {
        const tf = list.freqs[i] as number;
        return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (lengths[doc] as number)) / average));
      });
      this.postings.set(term, { docs: Uint32Array.from(list.docs), weights });
    }
  }

  /**
   * Ranks the documents matching at least one query term.
   * @param k how many of the best hits to return
   * @param visit called once for every matching document (e.g. to aggregate by speaker)
   * @param accept when given, only documents it accepts match (counted, visited, ranked)
   */
  search(
    query: string,
    k: number,
    visit?: (doc: number, score: number) => void,
    accept?: (doc: number) => boolean,
  ): SearchResult {
    let count = 0;
    for (const term of new Set(terms(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i] as number;
        if (this.scores[doc] === 0) this.touched[count++] = doc;
        this.scores[doc] = (this.scores[doc] as number) + (list.weights[i] as number);
      }
    }
    const top = new TopK(k);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const doc = this.touched[i] as number;
      const score = this.scores[doc] as number;
      this.scores[doc] = 0;
      if (accept && !accept(doc)) continue;
      total++;
      visit?.(doc, score);
      top.offer(doc, score);
    }
    return { total, hits: top.sorted() };
  }

  /** Positions of the documents holding every query term, in document order. */
  matchAll(query: string): Uint32Array {
    const lists = [...new Set(terms(query))].map((t) => this.postings.get(t)?.docs ?? new Uint32Array());
    if (lists.length === 0) return new Uint32Array();
    lists.sort((a, b) => a.length - b.length);
    const [first, ...rest] = lists as [Uint32Array, ...Uint32Array[]];
    const sets = rest.map((l) => new Set(l));
    return first.filter((doc) => sets.every((s) => s.has(doc)));
  }
}
