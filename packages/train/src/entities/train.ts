import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addSecondPassFeatures,
  documentCues,
  END_KEY,
  ENTITY_MODEL_FILES,
  ENTITY_TYPES,
  EntityTagger,
  encodeSpans,
  encodeTable,
  LABEL_COUNT,
  MAX_FEATURES,
  modelPath,
  type SentenceFeatures,
  sentenceFeatures,
  transitionKey,
  viterbi,
  type WeightTable,
} from '@parley/core';
import type { TrainCommand } from '../command.js';
import { type EntitySentence, entitySentence } from '../corpora/gum-entities.js';
import { gumSplit, readGum } from '../corpora/treebanks.js';
import { AveragedPerceptron } from '../learn/perceptron.js';
import { type EntityScores, scoreEntities } from './evaluate.js';

/** Training settings (the defaults are what the committed model was trained with). */
export interface EntityTrainOptions {
  epochs: number;
  /** Rows whose averaged weights all stay below this are dropped from the shipped table. */
  minWeight: number;
}

export const DEFAULT_ENTITY_OPTIONS: EntityTrainOptions = { epochs: 12, minWeight: 0.05 };

/** The sentences of some GUM documents, read for the entity tagger. */
export const entitySentences = (docs: string[]): EntitySentence[] =>
  docs.flatMap((doc) => readGum(doc).map(entitySentence));

interface Example {
  features: SentenceFeatures;
  gold: number[];
}

/** A deterministic shuffle (xorshift), so every run trains on the same order. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One structured-perceptron step: decode, then move weights from the guessed path to the gold one. */
function learnSentence(model: AveragedPerceptron, { features, gold }: Example): void {
  const n = gold.length;
  const { labels } = viterbi(model, features, n, undefined, false);
  for (let i = 0; i < n; i++) {
    const g = gold[i]!;
    const p = labels[i]!;
    const keys = features.keys.subarray(i * MAX_FEATURES);
    if (g !== p) model.learn(keys, features.counts[i]!, g, p);
    const prevGold = i > 0 ? gold[i - 1]! : -1;
    const prevGuess = i > 0 ? labels[i - 1]! : -1;
    if (g !== p || prevGold !== prevGuess) {
      model.update([transitionKey(prevGold)], 1, g, 1);
      model.update([transitionKey(prevGuess)], 1, p, -1);
    }
  }
  if (n && gold[n - 1] !== labels[n - 1]) model.learn([END_KEY], 1, gold[n - 1]!, labels[n - 1]!);
  model.tick();
}

/** The sentences grouped by document, in order. */
function byDocument(sentences: EntitySentence[]): EntitySentence[][] {
  const docs = new Map<string, EntitySentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  return [...docs.values()];
}

/** Trains one pass's weight table on fixed examples. */
function trainPass(examples: Example[], options: EntityTrainOptions, log: (line: string) => void) {
  const model = new AveragedPerceptron(LABEL_COUNT, 1 << 18);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const example of shuffled(examples, epoch * 7919)) learnSentence(model, example);
  }
  log(`  ${model.size} features after ${options.epochs} epochs`);
  return model.toTable(options.minWeight);
}

/** First-pass examples: words, lexicon and document cues. */
const firstExamples = (docs: EntitySentence[][]): Example[] =>
  docs.flatMap((doc) => {
    const cues = documentCues(doc.map((s) => s.words));
    return doc.map((s) => ({
      features: sentenceFeatures(s.words, cues),
      gold: encodeSpans(s.words.length, s.entities),
    }));
  });

/**
 * Trains both passes; deterministic. The second pass learns from first-pass labels the first pass
 * never trained on (4-fold jackknife over documents), so it sees first-pass errors as they come at run time.
 */
export function trainEntityTagger(
  sentences: EntitySentence[],
  options: EntityTrainOptions = DEFAULT_ENTITY_OPTIONS,
  log: (line: string) => void = () => {},
): EntityTagger {
  const docs = byDocument(sentences);
  log('first pass');
  const first = trainPass(firstExamples(docs), options, log);
  const second: Example[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    log(`jackknife fold ${fold + 1}/${FOLDS}`);
    const rest = docs.filter((_, i) => i % FOLDS !== fold);
    const partial = new EntityTagger(trainPass(firstExamples(rest), options, log));
    for (const doc of docs.filter((_, i) => i % FOLDS === fold)) {
      const words = doc.map((s) => s.words);
      const pass = partial.firstPass(words);
      doc.forEach((s, i) => {
        const features = pass.features[i]!;
        addSecondPassFeatures(features, s.words, pass.votes);
        second.push({ features, gold: encodeSpans(s.words.length, s.entities) });
      });
    }
  }
  log('second pass');
  return new EntityTagger(first, trainPass(second, options, log));
}

/** Documents into jackknife folds for the second pass's training data. */
const FOLDS = 4;

/** Scores a tagger on sentences with gold entities (each document tagged as a whole). */
export function evaluateEntityTagger(tagger: EntityTagger, sentences: EntitySentence[]): EntityScores {
  const docs = byDocument(sentences);
  return scoreEntities(
    docs.flatMap((doc) => doc.map((s) => s.entities)),
    docs.flatMap((doc) => tagger.tagDocument(doc.map((s) => s.words))),
  );
}

const pct = (x: number) => (100 * x).toFixed(1);

/** One line per figure: overall (person/organization/place), all types, each type. */
export function formatScores(scores: EntityScores): string {
  const line = (name: string, s: EntityScores['all']) =>
    `${name.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.gold})`;
  return [
    line('per/org/place', scores.core),
    line('all types', scores.all),
    ...ENTITY_TYPES.map((t) => line(t, scores.byType[t])),
  ].join('\n');
}

/**
 * `pnpm train entities [--dev]`: trains on GUM's training documents and writes the model; with
 * `--dev`, holds out every fourth training document instead (for choosing settings without ever
 * looking at the held-out documents) and writes nothing.
 */
export const entitiesCommand: TrainCommand = {
  name: 'entities',
  summary: 'entity tagger (BILOU perceptron) from GUM named mentions -> models/entities/',
  run(args) {
    const started = Date.now();
    const split = gumSplit();
    const dev = args.includes('--dev');
    const trainDocs = dev ? split.train.filter((_, i) => i % 4 !== 3) : split.train;
    const testDocs = dev ? split.train.filter((_, i) => i % 4 === 3) : split.heldout;
    const epochs = Number(/--epochs=(\d+)/.exec(args.join(' '))?.[1] ?? DEFAULT_ENTITY_OPTIONS.epochs);
    const options = { ...DEFAULT_ENTITY_OPTIONS, epochs };
    const tagger = trainEntityTagger(entitySentences(trainDocs), options, console.log);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`trained on ${trainDocs.length} documents in ${seconds}s`);
    console.log(`${dev ? 'inner dev' : 'held-out'} documents (${testDocs.length}):`);
    console.log(formatScores(evaluateEntityTagger(tagger, entitySentences(testDocs))));
    if (dev) return;
    const write = (name: string, table: WeightTable) => {
      const file = fileURLToPath(modelPath('entities', name));
      mkdirSync(dirname(file), { recursive: true });
      const bytes = encodeTable(table);
      writeFileSync(file, bytes);
      console.log(`wrote ${file} (${(bytes.length / 1e6).toFixed(2)} MB)`);
    };
    write(ENTITY_MODEL_FILES.first, tagger.first);
    write(ENTITY_MODEL_FILES.second, tagger.second!);
  },
};
