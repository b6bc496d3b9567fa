import {
  findMentions,
  findStatements,
  type ParsedText,
  parseText,
  type Resolution,
  resolveActors,
  type Span,
  type StatementDraft,
  TAG_COUNT,
  tagOf,
  tokenFeatures,
} from '@parley/core';
import type { GoldAttribution, PolnearArticle } from '../corpora/polnear.js';

/** One training article, parsed once: the rules' reading, the features and the gold tags. */
export interface Prepared {
  article: PolnearArticle;
  parsed: ParsedText;
  resolution: Resolution;
  rules: StatementDraft[];
  keys: Uint32Array;
  gold: Uint8Array;
}

/**
 * Gold tags per token: a token takes the role of the gold piece covering most of it (source, cue,
 * content); the first token of each piece begins it. PolNeAR is univocal, so pieces never overlap.
 */
export function goldTags(parsed: ParsedText, attributions: GoldAttribution[]): Uint8Array {
  const pieces: { span: Span; role: number }[] = [];
  for (const a of attributions) {
    for (const span of a.source) pieces.push({ span, role: 1 });
    for (const span of a.cue) pieces.push({ span, role: 2 });
    for (const span of a.content) pieces.push({ span, role: 3 });
  }
  pieces.sort((a, b) => a.span[0] - b.span[0]);
  const { tokens } = parsed;
  const tags = new Uint8Array(tokens.length);
  let p = 0;
  let lastPiece = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (p < pieces.length && pieces[p]!.span[1] <= t.start) p++;
    let best = -1;
    let bestCover = 0;
    for (let q = p; q < pieces.length && pieces[q]!.span[0] < t.end; q++) {
      const [a, b] = pieces[q]!.span;
      const cover = Math.min(b, t.end) - Math.max(a, t.start);
      if (cover * 2 >= t.end - t.start && cover > bestCover) {
        best = q;
        bestCover = cover;
      }
    }
    if (best < 0) {
      lastPiece = -1;
      continue;
    }
    tags[i] = tagOf(pieces[best]!.role, best !== lastPiece);
    lastPiece = best;
  }
  return tags;
}

/** Parses an article and runs the rules once (the features and the decoder read both). */
export function prepare(article: PolnearArticle): Prepared {
  const parsed = parseText(article.text);
  const resolution = resolveActors(parsed, findMentions(parsed));
  const rules = findStatements(parsed, resolution);
  const { keys } = tokenFeatures(parsed, rules);
  const gold = goldTags(parsed, article.attributions);
  if (gold.some((g) => g >= TAG_COUNT)) throw new Error(`bad gold tag in ${article.id}`);
  return { article, parsed, resolution, rules, keys, gold };
}
