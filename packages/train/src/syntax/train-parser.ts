import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConlluSentence } from '@parley/core';
import {
  ACTION_FEATURES,
  ACTIONS,
  actionFeatures,
  bestAction,
  bestLabel,
  encodeForms,
  encodeParse,
  encodeTable,
  LABEL_FEATURES,
  LEFT,
  labelFeatures,
  lemmatize,
  type ParseCodes,
  type ParserModel,
  ParseState,
  parseCodes,
  RIGHT,
  SHIFT,
  tagPass,
  tagSentence,
  UPOS,
  xposOf,
} from '@parley/core';
import { repoRoot } from '../corpora/paths.js';
import { gumSplit, readEwt, readGum } from '../corpora/treebanks.js';
import { AveragedPerceptron } from '../learn/perceptron.js';
import { learnAmbiguity, pruneTable, random, shuffle, targetTag, trainPass } from './train-syntax.js';

/** A training sentence: hashed words with PREDICTED tags (as at run time) and the gold tree. */
interface TreeExample {
  codes: ParseCodes;
  /** Gold heads and label indices, index 0 = root (unused). */
  heads: Int32Array;
  labels: Int32Array;
}

/** Settings of one training run (`pnpm train parser --epochs N --limit N`). */
export interface ParserSettings {
  epochs: number;
  /** Train on the first N sentences only (feature exploration). */
  limit: number;
  /** Epochs trained on the oracle's own path before following the model's predictions. */
  staticEpochs: number;
  /** Probability of following the model's prediction once exploring (Goldberg & Nivre 2012). */
  explore: number;
  /**
   * Rows kept in the transition table. 699,000 is the most whose run-time table has 2^20 slots
   * (16 MB in memory, half of 1M rows'): dev UAS 84.69 against 84.61 with 1M rows.
   */
  maxActionRows: number;
  maxLabelRows: number;
  /** Jackknife folds for the training tags (1: the shipped tagger's own tags). */
  folds: number;
  /** Epochs of each jackknife tagger. */
  tagEpochs: number;
  /** Also train on GUM's training documents (every 5th document is held out, as for the tagger). */
  gum: boolean;
}

const DEFAULTS: ParserSettings = {
  epochs: 12,
  limit: Infinity,
  staticEpochs: 1,
  explore: 0.9,
  maxActionRows: 699_000,
  maxLabelRows: 60_000,
  folds: 4,
  tagEpochs: 5,
  gum: true,
};

/** PTB tags from UPOS by the pipeline's rules (syntax/xpos.ts). */
function withXpos(forms: string[], upos: string[]): { upos: string[]; xpos: string[] } {
  const xpos = xposOf(forms.map((form, i) => ({ form, upos: upos[i]!, lemma: lemmatize(form, upos[i]!) })));
  return { upos, xpos };
}

/** Tags a gold-tokenized sentence the way the pipeline does (own tagger, lemmas, PTB rules). */
export function predictedTags(forms: string[]): { upos: string[]; xpos: string[] } {
  return withXpos(forms, tagSentence(forms));
}

/**
 * Tags for the training sentences from one-pass taggers that never saw them (FOLDS-fold
 * jackknifing): the shipped tagger was trained on EWT train, so its tags there are far more
 * accurate than on new text, and a parser trained on them learns to trust tags too much.
 */
export function jackknifedTags(sentences: ConlluSentence[], folds: number, epochs: number) {
  const classes = learnAmbiguity(sentences);
  const data = sentences.map((s) => ({
    codes: encodeForms(
      s.words.map((w) => w.form),
      classes,
    ),
    gold: Int32Array.from(s.words, targetTag),
    right: null,
  }));
  const out: { upos: string[]; xpos: string[] }[] = new Array(sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const table = trainPass(
      data.filter((_, i) => i % folds !== fold),
      false,
      epochs,
    ).toTable(0);
    data.forEach((d, i) => {
      if (i % folds !== fold) return;
      const forms = sentences[i]!.words.map((w) => w.form);
      out[i] = withXpos(
        forms,
        Array.from(tagPass(table, d.codes, null), (t) => UPOS[t]!),
      );
    });
  }
  return out;
}

function toExample(
  s: ConlluSentence,
  tags: { upos: string[]; xpos: string[] },
  labelIndex: Map<string, number>,
): TreeExample {
  const forms = s.words.map((w) => w.form);
  const heads = new Int32Array(forms.length + 1);
  const labels = new Int32Array(forms.length + 1);
  s.words.forEach((w, i) => {
    heads[i + 1] = w.head;
    labels[i + 1] = labelIndex.get(w.deprel) ?? labelIndex.get('dep')!;
  });
  return { codes: encodeParse(forms, tags.upos, tags.xpos), heads, labels };
}

const onStack = (st: ParseState, i: number) => i >= 0 && i < st.b && st.head[i] === -1;
const inBuffer = (st: ParseState, i: number) => i >= st.b && i <= st.n;

/** Gold dependents of `h` still in the buffer (arcs lost once `h` leaves the stack). */
function bufferDependents(st: ParseState, gold: Int32Array, h: number): number {
  let n = 0;
  for (let i = st.b; i <= st.n; i++) if (gold[i] === h) n++;
  return n;
}

/**
 * The arc-hybrid dynamic oracle (Goldberg & Nivre 2013): how many gold arcs a transition makes
 * unreachable from this configuration.
 */
export function transitionCost(st: ParseState, gold: Int32Array, action: number): number {
  const s0 = st.s(0);
  const b0 = st.buf(0);
  if (action === SHIFT) {
    let cost = gold[b0]! !== s0 && onStack(st, gold[b0]!) ? 1 : 0;
    for (let i = 0; i < st.b; i++) if (st.head[i] === -1 && gold[i] === b0) cost++;
    return cost;
  }
  const g = gold[s0]!;
  const lost = bufferDependents(st, gold, s0);
  if (action === LEFT) return lost + (g !== b0 && (g === st.s(1) || (inBuffer(st, g) && g !== b0)) ? 1 : 0);
  return lost + (g !== st.s(1) && inBuffer(st, g) ? 1 : 0);
}

/** One greedy pass over a sentence, learning from the oracle at each step. */
function trainSentence(
  ex: TreeExample,
  actions: AveragedPerceptron,
  labels: AveragedPerceptron,
  rootLabel: number,
  explore: boolean,
  next: () => number,
): { right: number; arcs: number } {
  const st = new ParseState(ex.codes.n);
  const features = new Uint32Array(ACTION_FEATURES);
  const labelFeats = new Uint32Array(LABEL_FEATURES);
  const scores = new Float64Array(ACTIONS);
  const labelScores = new Float64Array(labels.classes);
  const costs = new Int32Array(ACTIONS);
  let right = 0;
  while (!st.done) {
    actionFeatures(st, ex.codes, features);
    scores.fill(0);
    actions.score(features, ACTION_FEATURES, scores);
    const guess = bestAction(st, scores);
    let least = Infinity;
    for (let a = 0; a < ACTIONS; a++) {
      costs[a] = st.legal(a) ? transitionCost(st, ex.heads, a) : 1 << 20;
      least = Math.min(least, costs[a]!);
    }
    let truth = -1;
    for (let a = 0; a < ACTIONS; a++)
      if (costs[a] === least && (truth < 0 || scores[a]! > scores[truth]!)) truth = a;
    if (costs[guess] !== least) actions.learn(features, ACTION_FEATURES, truth, guess);
    actions.tick();
    const action = explore && next() < DEFAULTS.explore ? guess : truth;
    const arc = st.arcOf(action);
    let label = 0;
    if (arc) {
      const [h, d] = arc;
      labelFeatures(st, ex.codes, h, d, labelFeats);
      labelScores.fill(0);
      labels.score(labelFeats, LABEL_FEATURES, labelScores);
      label = bestLabel(labelScores, rootLabel, action === RIGHT && h === 0);
      if (ex.heads[d] === h) {
        const goldLabel = ex.labels[d]!;
        if (h !== 0) labels.learn(labelFeats, LABEL_FEATURES, goldLabel, label);
        labels.tick();
        if (label === goldLabel) right++;
        if (!explore) label = goldLabel;
      }
    }
    st.apply(action, label);
  }
  return { right, arcs: ex.codes.n };
}

/** Trains the transition and label models with the dynamic oracle; deterministic. */
export function trainParser(train: TreeExample[], deprels: string[], settings: ParserSettings): ParserModel {
  const actions = new AveragedPerceptron(ACTIONS, 1 << 22);
  const labels = new AveragedPerceptron(deprels.length, 1 << 18);
  const rootLabel = deprels.indexOf('root');
  const next = random(2012);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const started = Date.now();
    let right = 0;
    let arcs = 0;
    for (const ex of shuffle(train, next)) {
      const r = trainSentence(ex, actions, labels, rootLabel, epoch >= settings.staticEpochs, next);
      right += r.right;
      arcs += r.arcs;
    }
    console.log(
      `  epoch ${epoch + 1}: train labelled arcs ${(right / arcs).toFixed(4)}, ${actions.size} action / ${labels.size} label features, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  return {
    actions: pruneTable(actions.toTable(0), settings.maxActionRows),
    labels: pruneTable(labels.toTable(0), settings.maxLabelRows),
    deprels,
  };
}

/** Attachment scores on gold tokens with predicted tags (punctuation included, full labels). */
export function attachmentScores(
  model: ParserModel,
  sentences: ConlluSentence[],
): { uas: number; las: number; tokens: number } {
  let uas = 0;
  let las = 0;
  let tokens = 0;
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    const { upos, xpos } = predictedTags(forms);
    const tree = parseCodes(model, encodeParse(forms, upos, xpos));
    s.words.forEach((w, i) => {
      tokens++;
      if (tree.heads[i] !== w.head) return;
      uas++;
      if (tree.deprels[i] === w.deprel) las++;
    });
  }
  return { uas: uas / tokens, las: las / tokens, tokens };
}

function parseSettings(args: string[]): ParserSettings & { evalOn: 'dev' | 'test' } {
  const settings = { ...DEFAULTS, evalOn: 'test' as 'dev' | 'test' };
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === '--epochs') settings.epochs = value;
    else if (args[i] === '--limit') settings.limit = value;
    else if (args[i] === '--static-epochs') settings.staticEpochs = value;
    else if (args[i] === '--action-rows') settings.maxActionRows = value;
    else if (args[i] === '--label-rows') settings.maxLabelRows = value;
    else if (args[i] === '--folds') settings.folds = value;
    else if (args[i] === '--no-gum') {
      settings.gum = false;
      continue;
    } else if (args[i] === '--dev') {
      settings.evalOn = 'dev';
      continue;
    } else continue;
    i++;
  }
  return settings;
}

/**
 * `pnpm train parser [--epochs N] [--limit N] [--dev]`: the labelled dependency parser on EWT
 * train with the own tagger's tags; writes models/syntax/parser-*.bin and parser.json, prints
 * UAS/LAS on EWT dev (always) and test (unless --dev).
 */
export function trainParserCommand(args: string[]): void {
  const started = Date.now();
  const settings = parseSettings(args);
  const gum = settings.gum ? gumSplit().train.flatMap((doc) => readGum(doc)) : [];
  const sentences = [...readEwt('train'), ...gum].slice(0, settings.limit);
  const deprels = [...new Set(sentences.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  if (!deprels.includes('dep')) deprels.push('dep');
  const labelIndex = new Map(deprels.map((d, i) => [d, i]));
  const tags =
    settings.folds > 1
      ? jackknifedTags(sentences, settings.folds, settings.tagEpochs)
      : sentences.map((s) => predictedTags(s.words.map((w) => w.form)));
  const train = sentences.map((s, i) => toExample(s, tags[i]!, labelIndex));
  console.log(
    `parser: ${train.length} EWT train sentences, ${deprels.length} relations, ${settings.epochs} epochs`,
  );
  const model = trainParser(train, deprels, settings);
  const actions = encodeTable(model.actions);
  const labels = encodeTable(model.labels);
  const dir = join(repoRoot, 'packages/core/models/syntax');
  if (settings.evalOn === 'test') {
    writeFileSync(join(dir, 'parser-actions.bin'), actions);
    writeFileSync(join(dir, 'parser-labels.bin'), labels);
    writeFileSync(join(dir, 'parser.json'), `${JSON.stringify({ deprels })}\n`);
  }
  console.log(`parser ${((actions.length + labels.length) / 1e6).toFixed(2)} MB`);
  const dev = attachmentScores(model, readEwt('dev'));
  console.log(
    `EWT dev (gold tokens, predicted tags): UAS ${(dev.uas * 100).toFixed(2)}%, LAS ${(dev.las * 100).toFixed(2)}%`,
  );
  if (settings.evalOn === 'test') {
    const test = attachmentScores(model, readEwt('test'));
    console.log(
      `EWT test (gold tokens, predicted tags): UAS ${(test.uas * 100).toFixed(2)}%, LAS ${(test.las * 100).toFixed(2)}%`,
    );
  }
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
