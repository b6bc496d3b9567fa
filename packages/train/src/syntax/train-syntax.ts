import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConlluSentence, ConlluWord } from '@parley/core';
import {
  type AmbiguityClasses,
  encodeForms,
  encodeTable,
  type LemmaTable,
  lemmaWith,
  ruleLemma,
  TAG_FEATURES,
  TAG_FEATURES_2,
  type TaggerModel,
  type TokenCodes,
  tagFeatures,
  tagPass,
  tagWith,
  UPOS,
  WeightTable,
} from '@parley/core';
import { repoRoot } from '../corpora/paths.js';
import { gumSplit, readEwt, readGum } from '../corpora/treebanks.js';
import { AveragedPerceptron } from '../learn/perceptron.js';

const EPOCHS = 10;
const MIN_WEIGHT = 0.0;

/** A small deterministic PRNG (mulberry32) for the epoch shuffles. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Ambiguity classes: for words seen at least twice, the mask of tags given to >= 5% of them. */
export function learnAmbiguity(sentences: ConlluSentence[]): Map<string, number> {
  const counts = new Map<string, number[]>();
  for (const s of sentences)
    for (const w of s.words) {
      const key = w.form.toLowerCase();
      const row = counts.get(key) ?? new Array<number>(UPOS.length).fill(0);
      row[targetTag(w)]!++;
      counts.set(key, row);
    }
  const classes = new Map<string, number>();
  for (const key of [...counts.keys()].sort()) {
    const row = counts.get(key)!;
    const total = row.reduce((a, b) => a + b, 0);
    if (total < 2) continue;
    let mask = 0;
    row.forEach((c, t) => {
      if (c >= total * 0.05) mask |= 1 << t;
    });
    classes.set(key, mask);
  }
  return classes;
}

const uposIndex = new Map<string, number>(UPOS.map((t, i) => [t, i]));

/**
 * The tag the tagger learns: the UD tag, except that words of names (PTB NNP/NNPS: "United" in
 * "United States", "Supreme" in "Supreme Court") are PROPN, as Parley's name rules read them.
 */
export const targetTag = (w: ConlluWord): number =>
  uposIndex.get(/^NNPS?$/.test(w.xpos) ? 'PROPN' : w.upos) ?? uposIndex.get('X')!;

interface TaggedSentence {
  codes: TokenCodes;
  gold: Int32Array;
  /** First-pass tags (jackknifed) for training the second pass. */
  right: Int32Array | null;
}

/**
 * Trains one greedy tagging pass (tags of earlier words are the model's own guesses, as at run
 * time); with `right` set on the data it trains the second pass.
 */
export function trainPass(data: TaggedSentence[], second: boolean, epochs = EPOCHS): AveragedPerceptron {
  const count = second ? TAG_FEATURES_2 : TAG_FEATURES;
  const model = new AveragedPerceptron(UPOS.length, 1 << 20);
  const features = new Uint32Array(count);
  const scores = new Float64Array(UPOS.length);
  const next = random(12);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const s of shuffle(data, next)) {
      const { codes, gold } = s;
      const tags = new Int32Array(gold.length);
      for (let i = 0; i < gold.length; i++) {
        tagFeatures(codes, tags, i, features, second ? s.right : null);
        scores.fill(0);
        model.score(features, count, scores);
        let best = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
        model.learn(features, count, gold[i]!, best);
        model.tick();
        tags[i] = best;
        if (best === gold[i]) right++;
        total++;
      }
    }
    if (epoch === epochs - 1)
      console.log(`  pass ${second ? 2 : 1}: train accuracy ${(right / total).toFixed(4)}`);
  }
  return model;
}

/**
 * Keeps the `maxRows` rows with the largest weights (the rest barely move a decision): the size
 * budget of the tagger's tables.
 */
export function pruneTable(table: WeightTable, maxRows: number): WeightTable {
  const rows = table.rows().map(([key, row]): [number, Float32Array, number] => {
    let max = 0;
    for (const w of row) max = Math.max(max, Math.abs(w));
    return [key, row, max];
  });
  rows.sort((a, b) => b[2] - a[2] || a[0] - b[0]);
  return WeightTable.fromRows(
    table.classes,
    rows.slice(0, maxRows).map(([key, row]) => [key, row]),
  );
}

/** Rows per pass table: two passes of ~3.4 MB each keep the tagger under 7 MB. */
const MAX_ROWS = 90_000;

const FOLDS = 4;
/**
 * Whether to train the second pass (default; `PARLEY_TAGGER_PASSES=1` trains one). Pruned to
 * MAX_ROWS per pass, two passes fit in the size of one unpruned pass (6.8 MB) and tag the seed's
 * "in U.S. support to Ukraine" right, which one pass does not.
 */
const SECOND_PASS = process.env.PARLEY_TAGGER_PASSES !== '1';

/**
 * Trains both passes: the second pass learns from first-pass tags predicted by models that never
 * saw the sentence (jackknifing, FOLDS folds), so it learns how far to trust them.
 */
export function trainTagger(
  sentences: ConlluSentence[],
  classes: AmbiguityClasses,
  second = SECOND_PASS,
): TaggerModel {
  const data: TaggedSentence[] = sentences.map((s) => ({
    codes: encodeForms(
      s.words.map((w) => w.form),
      classes,
    ),
    gold: Int32Array.from(s.words, targetTag),
    right: null,
  }));
  for (let fold = 0; second && fold < FOLDS; fold++) {
    const table = trainPass(
      data.filter((_, i) => i % FOLDS !== fold),
      false,
    ).toTable(MIN_WEIGHT);
    data.forEach((s, i) => {
      if (i % FOLDS === fold) s.right = tagPass(table, s.codes, null);
    });
  }
  return {
    first: pruneTable(trainPass(data, false).toTable(MIN_WEIGHT), second ? MAX_ROWS : Infinity),
    second: second ? pruneTable(trainPass(data, true).toTable(MIN_WEIGHT), MAX_ROWS) : null,
    classes,
  };
}

/**
 * The lemma exception table: for each (UPOS, lower-case form) its most frequent treebank lemma,
 * kept only where the suffix rules would get it wrong.
 */
export function learnLemmas(sentences: ConlluSentence[]): LemmaTable {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    for (const w of s.words) {
      if (w.lemma === '_' || !w.lemma) continue;
      const key = `${w.upos} ${w.form.toLowerCase()}`;
      const row = counts.get(key) ?? new Map<string, number>();
      const lemma = w.lemma.toLowerCase();
      row.set(lemma, (row.get(lemma) ?? 0) + 1);
      counts.set(key, row);
    }
  const table: LemmaTable = {};
  for (const key of [...counts.keys()].sort()) {
    const row = counts.get(key)!;
    const lemma = [...row.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const sp = key.indexOf(' ');
    if (ruleLemma(key.slice(sp + 1), key.slice(0, sp)) !== lemma) table[key] = lemma;
  }
  return table;
}

/** UPOS and lemma accuracy of the trained models on gold-tokenized sentences. */
export function evaluate(
  tag: (forms: string[]) => string[],
  lemmas: LemmaTable,
  sentences: ConlluSentence[],
): { upos: number; lemma: number; tokens: number } {
  let upos = 0;
  let lemma = 0;
  let tokens = 0;
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    const tags = tag(forms);
    s.words.forEach((w, i) => {
      tokens++;
      if (tags[i] === w.upos) upos++;
      if (lemmaWith(lemmas, w.form, tags[i]!) === w.lemma.toLowerCase()) lemma++;
    });
  }
  return { upos: upos / tokens, lemma: lemma / tokens, tokens };
}

/** `pnpm train syntax`: trains the tagger and lemma table on EWT train + GUM train documents. */
export function trainSyntax(): void {
  const started = Date.now();
  const { train } = gumSplit();
  const sentences = [...readEwt('train'), ...train.flatMap((doc) => readGum(doc))];
  console.log(`syntax: ${sentences.length} training sentences (EWT train + ${train.length} GUM train docs)`);
  const classes = learnAmbiguity(sentences);
  const model = trainTagger(sentences, classes);
  const lemmas = learnLemmas(sentences);
  const dir = join(repoRoot, 'packages/core/models/syntax');
  const first = encodeTable(model.first);
  const second = model.second ? encodeTable(model.second) : new Uint8Array(0);
  writeFileSync(join(dir, 'upos-1.bin'), first);
  if (model.second) writeFileSync(join(dir, 'upos-2.bin'), second);
  else rmSync(join(dir, 'upos-2.bin'), { force: true });
  writeFileSync(join(dir, 'lemmas.json'), `${JSON.stringify(lemmas)}\n`);
  writeFileSync(join(dir, 'ambiguity.json'), `${JSON.stringify(Object.fromEntries(classes))}\n`);
  const test = evaluate((forms) => tagWith(model, forms), lemmas, readEwt('test'));
  console.log(
    `tagger ${((first.length + second.length) / 1e6).toFixed(2)} MB, lemmas.json ${Object.keys(lemmas).length} entries`,
  );
  console.log(
    `EWT test (gold tokens, ${test.tokens}): UPOS ${(test.upos * 100).toFixed(2)}%, lemma ${(test.lemma * 100).toFixed(2)}%`,
  );
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
