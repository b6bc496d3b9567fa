import type { Span, StatementDraft } from '@parley/core';
import type { GoldAttribution } from '../corpora/polnear.js';

/** Counts of one scoring run (PARC style, as ../shared/eval/score-parc.mjs). */
export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  strict: number;
  sourceGold: number;
  sourceRight: number;
  cueRight: number;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  strict: 0,
  sourceGold: 0,
  sourceRight: 0,
  cueRight: 0,
});

const length = (pieces: Span[]) => pieces.reduce((s, [a, b]) => s + b - a, 0);
const overlap = (a: Span[], b: Span[]) => {
  let s = 0;
  for (const [x, y] of a) for (const [u, v] of b) s += Math.max(0, Math.min(y, v) - Math.max(x, u));
  return s;
};

/**
 * Adds one article to a tally: each gold attribution takes the unused statement whose content
 * overlaps it most (by the longer span), matched at >= `t`. Source is judged by span overlap only
 * (the official scorer also accepts a speaker's name inside the gold source, so it reads a little higher).
 */
export function scoreArticle(tally: Tally, gold: GoldAttribution[], statements: StatementDraft[], t = 0.3) {
  const predicted = statements.map((s) => ({ s, pieces: s.fragments ?? [s.span], used: false }));
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  for (const g of gold) {
    const gl = length(g.content);
    let best: (typeof predicted)[number] | null = null;
    let bestO = 0;
    for (const p of predicted) {
      if (p.used) continue;
      const o = overlap(g.content, p.pieces) / Math.max(gl, length(p.pieces));
      if (o > bestO) {
        bestO = o;
        best = p;
      }
    }
    if (!best || bestO < t) continue;
    best.used = true;
    tally.matched++;
    if (bestO >= 0.8) tally.strict++;
    if (g.source.length) {
      tally.sourceGold++;
      if (best.s.speakerSpan && overlap(g.source, [best.s.speakerSpan]) > 0) tally.sourceRight++;
    }
    if (g.cue.length && overlap(g.cue, [best.s.cueSpan]) > 0) tally.cueRight++;
  }
}

/** Precision, recall, F1 (at 0.3 and 0.8), source and cue accuracy of a tally. */
export function figures(t: Tally) {
  const f1 = (m: number) => (t.gold + t.predicted ? (2 * m) / (t.gold + t.predicted) : 0);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    p: r(t.matched / Math.max(1, t.predicted)),
    r: r(t.matched / Math.max(1, t.gold)),
    f1: r(f1(t.matched)),
    f1Strict: r(f1(t.strict)),
    source: r(t.sourceRight / Math.max(1, t.sourceGold)),
    cue: r(t.cueRight / Math.max(1, t.matched)),
  };
}
