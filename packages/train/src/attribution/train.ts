import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatementDraft } from '@parley/core';
import {
  type CombineSettings,
  combineReading,
  emissions,
  encodeTable,
  FEATURES_PER_TOKEN,
  MODEL_FILE,
  MODEL_NAME,
  modelPath,
  type Reading,
  readWithTagger,
  SETTINGS_FILE,
  sequencesOf,
  TAG_COUNT,
  tagTransitionKey as transitionKey,
  transitions,
  tagViterbi as viterbi,
  type WeightTable,
} from '@parley/core';
import { foldsOf, readPolnear } from '../corpora/polnear.js';
import { AveragedPerceptron } from '../learn/perceptron.js';
import { type Prepared, prepare } from './data.js';
import { emptyTally, figures, scoreArticle } from './score.js';

/** Training settings (chosen by cross-validation on fit, see the model's README). */
export interface Settings {
  epochs: number;
  /** Features seen fewer times than this in the training articles are left out. */
  minCount: number;
  /** Averaged weights smaller than this are dropped from the shipped table. */
  minWeight: number;
  /** How the shipped model combines its reading with the rules' (`minAddedMargin` in units of the scale). */
  combine: { minTwin: number; added: number; minKept: number };
}

export const DEFAULTS: Settings = {
  epochs: 6,
  minCount: 3,
  minWeight: 0.02,
  combine: { minTwin: 0.3, added: 0, minKept: 0 },
};

/** Counts each feature key over the training articles. */
function countKeys(data: Prepared[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const d of data) for (const k of d.keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** A perceptron that ignores features below the count cutoff (they are never learned). */
function trainTagger(data: Prepared[], settings: Settings, log = false): AveragedPerceptron {
  const counts = countKeys(data);
  const model = new AveragedPerceptron(TAG_COUNT, 1 << 20);
  const kept = (keys: Uint32Array) =>
    keys.filter((k) => k !== 0 && (counts.get(k) ?? 0) >= settings.minCount);
  const compact = data.map((d) => {
    const out: Uint32Array[] = [];
    for (let i = 0; i < d.parsed.tokens.length; i++)
      out.push(kept(d.keys.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN)));
    return out;
  });
  // a deterministic shuffle per epoch (a fixed linear congruential sequence)
  let seed = 12345;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let total = 0;
    for (const a of order) {
      const d = data[a]!;
      const features = compact[a]!;
      for (const [from, to] of sequencesOf(d.parsed)) {
        const emit = emissions(model, d.keys, from, to);
        const pred = viterbi(emit, transitions(model), to - from);
        for (let i = from; i < to; i++) {
          const g = d.gold[i]!;
          const p = pred[i - from]!;
          total++;
          if (g !== p) {
            errors++;
            const f = features[i]!;
            model.update(f, f.length, g, 1);
            model.update(f, f.length, p, -1);
          }
          const gPrev = i > from ? d.gold[i - 1]! : -1;
          const pPrev = i > from ? pred[i - from - 1]! : -1;
          if (gPrev !== pPrev || g !== p) {
            model.update([transitionKey(gPrev)], 1, g, 1);
            model.update([transitionKey(pPrev)], 1, p, -1);
          }
        }
        model.tick();
      }
    }
    if (log) console.error(`  epoch ${epoch + 1}: token error ${(errors / total).toFixed(4)}`);
  }
  return model;
}

/** Scores statements of prepared articles at 0.3 and 0.8 overlap. */
function evaluate(data: Prepared[], statementsOf: (d: Prepared, i: number) => StatementDraft[]) {
  const tally = emptyTally();
  const strict = emptyTally();
  data.forEach((d, i) => {
    const statements = statementsOf(d, i);
    scoreArticle(tally, d.article.attributions, statements);
    scoreArticle(strict, d.article.attributions, statements, 0.8);
  });
  return { ...figures(tally), f1Strict: figures(strict).f1 };
}

/** The combination settings cross-validation compares (`minAddedMargin` in units of the scale). */
const GRID = [0.3, 0.5].flatMap((minTwin) =>
  [-0.25, 0, 0.5].flatMap((added) => [0, 0.45].map((minKept) => ({ minTwin, added, minKept }))),
);

const mean = (rows: Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const key of Object.keys(rows[0]!))
    out[key] = Math.round((rows.reduce((s, r) => s + r[key]!, 0) / rows.length) * 1000) / 1000;
  return out;
};

/** The median margin of the tagger's statements over some readings: the confidence scale. */
function medianMargin(readings: Reading[]): number {
  const all = readings.flatMap((r) => r.margins).sort((a, b) => a - b);
  return Math.max(1e-6, all[all.length >> 1] ?? 1);
}

/** The settings of a grid point under a scale. */
const combineOf = (g: (typeof GRID)[number], scale: number): CombineSettings => ({
  minTwin: g.minTwin,
  minAddedMargin: g.added * scale,
  minKept: g.minKept,
  scale,
});

/**
 * k-fold cross-validation on fit (folds by article, deterministic): the rules alone, then the
 * tagger combined with them under each point of `GRID`, best F1 last.
 */
function crossValidate(data: Prepared[], settings: Settings, k: number) {
  const folds = foldsOf(data, k);
  const rules: Record<string, number>[] = [];
  const grid: Record<string, number>[][] = GRID.map(() => []);
  folds.forEach((test, f) => {
    const train = folds.filter((_, g) => g !== f).flat();
    const table: WeightTable = trainTagger(train, settings).toTable(settings.minWeight);
    const readings: Reading[] = test.map((d) => readWithTagger(d.parsed, d.resolution, d.rules, table));
    const scale = medianMargin(readings);
    rules.push(evaluate(test, (d) => d.rules));
    GRID.forEach((point, g) => {
      grid[g]!.push(evaluate(test, (_, i) => combineReading(readings[i]!, combineOf(point, scale))));
    });
  });
  console.log(JSON.stringify({ settings, folds: k, rules: mean(rules) }));
  const rows = GRID.map((point, g) => ({ point, figures: mean(grid[g]!) })).sort(
    (a, b) => a.figures.f1! - b.figures.f1!,
  );
  for (const row of rows) console.log(JSON.stringify(row));
}

function parseArgs(args: string[]): { settings: Settings; cv: number } {
  const settings = { ...DEFAULTS };
  let cv = 0;
  for (let i = 0; i < args.length; i++) {
    const value = Number(args[i + 1]);
    if (args[i] === '--cv') cv = value;
    else if (args[i] === '--epochs') settings.epochs = value;
    else if (args[i] === '--min-count') settings.minCount = value;
    else if (args[i] === '--min-weight') settings.minWeight = value;
    else if (args[i] === '--min-twin') settings.combine = { ...settings.combine, minTwin: value };
    else if (args[i] === '--min-added') settings.combine = { ...settings.combine, added: value };
    else if (args[i] === '--min-kept') settings.combine = { ...settings.combine, minKept: value };
    else continue;
    if (!Number.isFinite(value)) throw new Error(`${args[i]} needs a number`);
    i++;
  }
  return { settings, cv };
}

/**
 * `pnpm train attribution [--cv K] [--epochs N] [--min-count N] [--min-weight W]`: reads polnear/fit,
 * cross-validates when `--cv` is given, else trains on all of fit and writes the model file.
 */
export async function trainAttribution(args: string[]): Promise<void> {
  const { settings, cv } = parseArgs(args);
  const started = Date.now();
  const data = readPolnear('fit').map(prepare);
  console.error(`prepared ${data.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (cv) return crossValidate(data, settings, cv);
  const table = trainTagger(data, settings, true).toTable(settings.minWeight);
  const scale = medianMargin(data.map((d) => readWithTagger(d.parsed, d.resolution, d.rules, table)));
  const file = fileURLToPath(modelPath(MODEL_NAME, MODEL_FILE));
  mkdirSync(dirname(file), { recursive: true });
  const bytes = encodeTable(table);
  writeFileSync(file, bytes);
  const sidecar = fileURLToPath(modelPath(MODEL_NAME, SETTINGS_FILE));
  writeFileSync(
    sidecar,
    `${JSON.stringify({ trained: settings, combine: combineOf(settings.combine, scale) }, null, 2)}\n`,
  );
  console.error(
    `wrote ${file}: ${table.size} features, ${(bytes.length / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
