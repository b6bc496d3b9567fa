import type { StatementNode } from '../contract/types.js';
import type { ParleyGraph } from '../graph/types.js';
import { fold } from '../text/normalize.js';
import { articleFacts, byDate } from './dates.js';
import type { Evidence, QuoteGroup } from './types.js';

/** Options of {@link repeatedQuotes}. */
export interface RepeatedQuoteOptions {
  /** Shortest quote compared, in words: short phrases ("we'll see") repeat by chance. Default 6. */
  minWords?: number;
}

/** Words a quote is compared by: folded case and accents, punctuation and quote marks dropped. */
export function quoteWords(text: string): string[] {
  return fold(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

interface Quote extends Evidence {
  statement: string;
  speakers: string[];
  /** ` w1 w2 ... ` with a blank at each end, so containment is by whole words. */
  padded: string;
  first: string;
}

/** The graph's direct quotes of at least `minWords` words, with their comparison form. */
function directQuotes(graph: ParleyGraph, minWords: number): Quote[] {
  const quotes: Quote[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'statement' || (a as StatementNode).mode !== 'direct') return;
    const st = a as StatementNode;
    const words = quoteWords(st.text);
    if (words.length < minWords) return;
    const speakers = graph
      .inEdges(key)
      .filter((e) => graph.getEdgeAttribute(e, 'type') === 'said')
      .map((e) => graph.source(e));
    quotes.push({
      statement: key,
      article: st.article,
      ...articleFacts(graph, st.article),
      text: st.text,
      span: st.span,
      speakers,
      padded: ` ${words.join(' ')} `,
      first: words.slice(0, minWords).join(' '),
    });
  });
  return quotes;
}

/** Union-find root with path halving. */
function root(parent: number[], i: number): number {
  let x = i;
  while (parent[x] !== x) {
    parent[x] = parent[parent[x] as number] as number;
    x = parent[x] as number;
  }
  return x;
}

/**
 * Direct quotes that several articles carried: the same words after folding case, accents and
 * punctuation, or one a trimmed or extended version of the other (whole words, at least `minWords`).
 * Each group lists every occurrence first seen first, and the number of outlets; groups carried by
 * more outlets come first.
 * @example repeatedQuotes(graph)[0].occurrences.map((o) => o.publisher)
 */
export function repeatedQuotes(graph: ParleyGraph, options: RepeatedQuoteOptions = {}): QuoteGroup[] {
  const minWords = options.minWords ?? 6;
  const quotes = directQuotes(graph, minWords);
  // Every quote that contains another contains its first `minWords` words: index quotes by those
  // windows, so each quote is compared only with the few that share its opening.
  const byWindow = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const words = q.padded.trim().split(' ');
    for (let w = 0; w + minWords <= words.length; w++) {
      const window = words.slice(w, w + minWords).join(' ');
      const list = byWindow.get(window);
      if (!list) byWindow.set(window, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  const parent = quotes.map((_, i) => i);
  quotes.forEach((inner, i) => {
    for (const j of byWindow.get(inner.first) ?? []) {
      const outer = quotes[j] as Quote;
      if (j !== i && outer.article !== inner.article && outer.padded.includes(inner.padded))
        parent[root(parent, i)] = root(parent, j);
    }
  });
  const groups = new Map<number, Quote[]>();
  quotes.forEach((q, i) => {
    const r = root(parent, i);
    groups.set(r, [...(groups.get(r) ?? []), q]);
  });
  const out: QuoteGroup[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.article)).size < 2) continue;
    const occurrences = byDate(members.map(({ padded: _, first: __, speakers: ___, ...e }) => e));
    out.push({
      text: (occurrences[0] as Evidence).text,
      speakers: [...new Set(members.flatMap((m) => m.speakers))],
      occurrences,
      outlets: new Set(members.map((m) => m.publisher ?? `article:${m.article}`)).size,
    });
  }
  return out.sort((a, b) => b.outlets - a.outlets || b.occurrences.length - a.occurrences.length);
}
