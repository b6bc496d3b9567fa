import { lazy, modelPath, readModelJson, readTable, type WeightTable } from '../learn/index.js';
import {
  ACTION_FEATURES,
  ACTIONS,
  actionFeatures,
  encodeParse,
  LABEL_FEATURES,
  labelFeatures,
  type ParseCodes,
  ParseState,
  RIGHT,
  SHIFT,
} from './parse-state.js';

/** The parser's weights: one table choosing transitions, one choosing the label of each arc. */
export interface ParserModel {
  actions: WeightTable;
  labels: WeightTable;
  /** Dependency relations in the label table's class order. */
  deprels: string[];
}

/** The dependency tree of one sentence. */
export interface Dependencies {
  /** Per word: 1-based position of its head, 0 for the root. */
  heads: number[];
  /** Per word: its Universal Dependencies relation ('nsubj', 'obj', 'root', ...). */
  deprels: string[];
}

/** Index of the best-scoring legal transition. */
export function bestAction(st: ParseState, scores: ArrayLike<number>): number {
  let best = -1;
  for (let a = 0; a < ACTIONS; a++) if (st.legal(a) && (best < 0 || scores[a]! > scores[best]!)) best = a;
  return best;
}

/** Index of the best label; the root's one child is always `root`. */
export function bestLabel(scores: ArrayLike<number>, rootLabel: number, toRoot: boolean): number {
  if (toRoot) return rootLabel;
  let best = -1;
  for (let l = 0; l < scores.length; l++)
    if (l !== rootLabel && (best < 0 || scores[l]! > scores[best]!)) best = l;
  return best;
}

/** Greedy arc-hybrid parse of hashed words (see `encodeParse`). */
export function parseCodes(model: ParserModel, codes: ParseCodes): Dependencies {
  const st = new ParseState(codes.n);
  const features = new Uint32Array(Math.max(ACTION_FEATURES, LABEL_FEATURES));
  const actionScores = new Float32Array(ACTIONS);
  const labelScores = new Float32Array(model.deprels.length);
  const rootLabel = model.deprels.indexOf('root');
  while (!st.done) {
    actionFeatures(st, codes, features);
    actionScores.fill(0);
    model.actions.score(features, ACTION_FEATURES, actionScores);
    const action = bestAction(st, actionScores);
    let label = 0;
    if (action !== SHIFT) {
      const head = st.headOf(action);
      labelFeatures(st, codes, head, st.s(0), features);
      labelScores.fill(0);
      model.labels.score(features, LABEL_FEATURES, labelScores);
      label = bestLabel(labelScores, rootLabel, action === RIGHT && head === 0);
    }
    st.apply(action, label);
  }
  const heads = new Array<number>(codes.n);
  const deprels = new Array<string>(codes.n);
  for (let i = 1; i <= codes.n; i++) {
    heads[i - 1] = st.head[i]!;
    deprels[i - 1] = model.deprels[st.label[i]!]!;
  }
  return { heads, deprels };
}

/** Parses one tagged sentence with a given model. */
export function parseWith(model: ParserModel, forms: string[], upos: string[], xpos: string[]): Dependencies {
  return parseCodes(model, encodeParse(forms, upos, xpos));
}

const parser = lazy(
  (): ParserModel => ({
    actions: readTable(modelPath('syntax', 'parser-actions.bin')),
    labels: readTable(modelPath('syntax', 'parser-labels.bin')),
    deprels: readModelJson<{ deprels: string[] }>('syntax', 'parser.json').deprels,
  }),
);

/**
 * Labelled dependency tree of one tagged sentence (model trained by `pnpm train parser`, loaded once
 * per process). Every word gets a head; exactly one word hangs from the root.
 * @example parseSentence(['Erdoğan', 'said', 'no', '.'], ['PROPN', 'VERB', 'INTJ', 'PUNCT'], ['NNP', 'VBD', 'UH', '.'])
 * // { heads: [2, 0, 2, 2], deprels: ['nsubj', 'root', 'obj', 'punct'] }
 */
export function parseSentence(forms: string[], upos: string[], xpos: string[]): Dependencies {
  if (forms.length === 0) return { heads: [], deprels: [] };
  return parseWith(parser(), forms, upos, xpos);
}
