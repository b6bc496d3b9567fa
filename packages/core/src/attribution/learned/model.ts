import { existsSync } from 'node:fs';
import type { StatementDraft } from '../../extract/types.js';
import { lazy, modelPath, readModelJson } from '../../learn/model.js';
import { readTable, type WeightTable } from '../../learn/table.js';
import type { Resolution } from '../../resolve/types.js';
import { countBefore } from '../../text/sorted-search.js';
import type { ParsedText } from '../../text/types.js';
import { findStatements } from '../find.js';
import { confidenceOf, statementsFromTags } from './decode.js';
import { tokenFeatures } from './features.js';
import { type Scorer, tagArticle } from './tagger.js';

/** The committed model file (packages/core/models/attribution/). */
export const MODEL_NAME = 'attribution';
export const MODEL_FILE = 'tagger.bin';
export const SETTINGS_FILE = 'settings.json';

/** The trained tagger's weights, read once per process; null when no model file is present. */
export const attributionModel = lazy((): WeightTable | null => {
  const path = modelPath(MODEL_NAME, MODEL_FILE);
  return existsSync(path) ? readTable(path) : null;
});

/** How the tagger's reading and the rules' are combined (chosen by cross-validation, shipped beside the weights). */
export interface CombineSettings {
  /** A tagger statement overlapping a rule statement by at least this share of the longer is that statement. */
  minTwin: number;
  /** A statement only the tagger found is added when its mean margin is at least this. */
  minAddedMargin: number;
  /** A rule statement the tagger does not see is kept when its confidence is at least this. */
  minKept: number;
  /** The margin that maps to confidence 0.73 (1 / (1 + e^-1)): the median margin of training statements. */
  scale: number;
}

/** Both readings of one article: the rules' statements and the tagger's, with its margins. */
export interface Reading {
  rules: StatementDraft[];
  /** Mean margin of the tagger over the tokens of each rule statement it tagged outside (0 if none). */
  outsideMargins: number[];
  found: StatementDraft[];
  /** The tagger's mean margin over each found statement's tokens. */
  margins: number[];
}

/** Content words (nouns, verbs, names, adjectives, numbers...) inside a span: "that Russia" has one. */
function contentWords(parsed: ParsedText, span: readonly [number, number]): number {
  const { tokens } = parsed;
  let n = 0;
  for (
    let i = countBefore(tokens, (t) => t.start < span[0]);
    i < tokens.length && tokens[i]!.start < span[1];
    i++
  )
    if (/^(NOUN|PROPN|VERB|ADJ|NUM|ADV)$/.test(tokens[i]!.pos)) n++;
  return n;
}
const isCueText = (s: string) => /[\p{L}\p{N}:\u2013\u2014-]/u.test(s);

/** Shared length of two spans over the longer one's. */
const overlapRatio = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) / Math.max(a[1] - a[0], b[1] - b[0]);

/**
 * Reads an article with the tagger, which has the rules' statements among its features.
 * @param scorer the weights to use (the committed model unless a trainer passes its own)
 */
export function readWithTagger(
  parsed: ParsedText,
  resolution: Resolution,
  rules: StatementDraft[],
  scorer: Scorer,
): Reading {
  const { keys } = tokenFeatures(parsed, rules);
  const { tags, margins } = tagArticle(scorer, parsed, keys);
  const found = statementsFromTags(parsed, resolution, tags, margins, rules).filter(
    (s) => contentWords(parsed, s.span) >= 2 && isCueText(parsed.text.slice(...s.cueSpan)),
  );
  return {
    rules,
    outsideMargins: rules.map((r) => outsideMargin(parsed, tags, margins, r)),
    found,
    margins: found.map((s) => s.confidence!),
  };
}

/**
 * The statements of a reading, in text order. A tagger statement with a rule twin (overlapping
 * it by `minTwin`) is the rule statement: its span conventions are the project's (PolNeAR's
 * differ on small words) and it knows reporters and addressees; it takes the tagger's confidence.
 * Other tagger statements are added when sure enough; rule statements the tagger did not see are
 * kept only when it was unsure about them.
 */
export function combineReading(reading: Reading, settings: CombineSettings): StatementDraft[] {
  const conf = (margin: number) => confidenceOf(margin / settings.scale);
  const used = new Set<number>();
  const out: StatementDraft[] = [];
  // the rules' cue, speaker, reporter and addressee phrases are no content of an added statement
  const taken = reading.rules.flatMap((r) => [
    r.cueSpan,
    ...(r.speakerSpan ? [r.speakerSpan] : []),
    ...(r.reporterSpans ?? []),
    ...(r.addresseeSpan ? [r.addresseeSpan] : []),
  ]);
  reading.found.forEach((s, i) => {
    let twin = -1;
    let best = 0;
    reading.rules.forEach((r, j) => {
      const o = overlapRatio(r.span, s.span);
      if (!used.has(j) && o > best) {
        best = o;
        twin = j;
      }
    });
    const confidence = conf(reading.margins[i]!);
    if (twin >= 0 && best >= settings.minTwin) {
      used.add(twin);
      out.push({ ...reading.rules[twin]!, confidence });
    } else if (
      reading.margins[i]! >= settings.minAddedMargin &&
      !taken.some((x) => overlapRatio(x, s.span) > 0)
    ) {
      out.push({ ...s, confidence });
    }
  });
  reading.rules.forEach((r, j) => {
    if (used.has(j)) return;
    // a rule statement nested in (or around) one the tagger found is kept: PolNeAR tags one level
    const twin = reading.found.findIndex((s) => overlapRatio(s.span, r.span) > 0);
    const confidence = twin >= 0 ? conf(reading.margins[twin]!) : 1 - conf(reading.outsideMargins[j]!);
    if (twin >= 0 || confidence >= settings.minKept) out.push({ ...r, confidence });
  });
  return out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

/** The shipped combination settings (`settings.json` beside the weights). */
export const combineSettings = lazy(
  (): CombineSettings => readModelJson<{ combine: CombineSettings }>(MODEL_NAME, SETTINGS_FILE).combine,
);

/** The tagger's mean margin over the tokens of a rule statement it tagged outside any attribution. */
function outsideMargin(parsed: ParsedText, tags: Uint8Array, margins: Float64Array, r: StatementDraft) {
  let sum = 0;
  let n = 0;
  parsed.tokens.forEach((t, i) => {
    if (t.start >= r.span[0] && t.end <= r.span[1] && tags[i] === 0) {
      sum += margins[i]!;
      n++;
    }
  });
  return n ? sum / n : 0;
}

/**
 * The attribution stage: the rules' statements, read again by the learned tagger when its model
 * file is present (it always is in a checkout; the rules alone otherwise).
 * @example const statements = attributeStatements(parsed, resolution);
 */
export function attributeStatements(parsed: ParsedText, resolution: Resolution): StatementDraft[] {
  const rules = findStatements(parsed, resolution);
  const table = attributionModel();
  return table ? combineReading(readWithTagger(parsed, resolution, rules, table), combineSettings()) : rules;
}
