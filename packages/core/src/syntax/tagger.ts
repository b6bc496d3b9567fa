import { existsSync } from 'node:fs';
import { lazy, modelPath, readModelJson, readTable, type WeightTable } from '../learn/index.js';
import { type AmbiguityClasses, encodeForms, type TokenCodes, UPOS } from './tag-features.js';
import { tagScorer } from './tag-scores.js';

/**
 * The weight tables of the tagger: a left-to-right pass, and optionally a second pass that also
 * sees the first pass's tags to its right.
 */
export interface TaggerModel {
  first: WeightTable;
  second: WeightTable | null;
  classes: AmbiguityClasses;
}

/** One greedy left-to-right pass; `right` (earlier pass's tags) selects the second pass's features. */
export function tagPass(table: WeightTable, codes: TokenCodes, right: Int32Array | null): Int32Array {
  const n = codes.word.length;
  const tags = new Int32Array(n);
  const scores = new Float32Array(UPOS.length);
  const scorer = tagScorer(table);
  const rows = scorer.rowsOfSentence(codes);
  for (let i = 0; i < n; i++) {
    scorer.score(codes, rows, tags, i, right, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    tags[i] = best;
  }
  return tags;
}

/**
 * UPOS tagging of one sentence: a greedy left-to-right pass, then (if the model has one) a second
 * pass that also reads the first pass's tags of the next two words.
 * @returns one UPOS tag per form
 */
export function tagWith(model: TaggerModel, forms: string[]): string[] {
  const codes = encodeForms(forms, model.classes);
  const first = tagPass(model.first, codes, null);
  const tags = model.second ? tagPass(model.second, codes, first) : first;
  return Array.from(tags, (t) => UPOS[t]!);
}

const tagger = lazy(
  (): TaggerModel => ({
    first: readTable(modelPath('syntax', 'upos-1.bin')),
    second: existsSync(modelPath('syntax', 'upos-2.bin'))
      ? readTable(modelPath('syntax', 'upos-2.bin'))
      : null,
    classes: new Map(Object.entries(readModelJson<Record<string, number>>('syntax', 'ambiguity.json'))),
  }),
);

/**
 * Universal POS tags of one sentence's tokens (model trained by `pnpm train syntax`, loaded once).
 * Square brackets (editorial insertions: "nobody [had] rejected") are transparent to the tagger.
 * @example tagSentence(['Erdoğan', 'said', 'no', '.']) // ['PROPN', 'VERB', 'DET', 'PUNCT']
 */
export function tagSentence(forms: string[]): string[] {
  const kept = forms.flatMap((f, i) => (f === '[' || f === ']' ? [] : [i]));
  if (kept.length === forms.length) return tagWith(tagger(), forms);
  const tags = tagWith(
    tagger(),
    kept.map((i) => forms[i]!),
  );
  const out = forms.map(() => 'PUNCT');
  kept.forEach((i, k) => {
    out[i] = tags[k]!;
  });
  return out;
}
