import { readFileSync } from 'node:fs';
import { FormScores } from '../learn/form-scores.js';
import { lazy, modelPath } from '../learn/model.js';
import { decodeTable, type WeightTable } from '../learn/table.js';
import type { EntitySpan, Sentence, Token } from '../text/types.js';
import { type Decoded, type Transitions, transitionScores, viterbi, WORD_SLOTS } from './decode.js';
import {
  addSecondPassFeatures,
  documentCues,
  FORM_FEATURES,
  type LabelVotes,
  labelVotes,
  type SentenceFeatures,
  sentenceFeatures,
} from './features.js';
import { decodeLabels, ENTITY_TYPES, type LabelSpan, typeOf } from './labels.js';

/** The model's files under packages/core/models/entities/: first and second pass. */
export const ENTITY_MODEL_FILES = { first: 'first-pass.bin', second: 'second-pass.bin' } as const;

/** An entity found in a sentence: token range, type and confidence (0..1). */
export interface TaggedSpan extends LabelSpan {
  score: number;
}

/** A document's first pass: each sentence's features and labels, and the votes they add up to. */
export interface FirstPass {
  features: SentenceFeatures[];
  labels: Int32Array[];
  votes: LabelVotes;
}

const typeIndex = (label: number) => {
  const type = typeOf(label);
  return type ? ENTITY_TYPES.indexOf(type) : -1;
};

/** A first pass's label votes per word form. */
export const votesOf = (sentences: readonly (readonly string[])[], labels: readonly Int32Array[]) =>
  labelVotes(sentences, labels, typeIndex, ENTITY_TYPES.length);

/** Margin (in summed weights) at which a span's confidence reaches 1 - 1/e. */
const MARGIN_SCALE = 10;

/**
 * Confidence of a span from its tokens' smallest max-marginal margin m: 1 - exp(-m / 10), 0 for a
 * tie. On GUM held-out text correct spans have a median margin near 35 (0.97), wrong ones near 10 (0.63).
 */
function scored(decoded: Decoded): TaggedSpan[] {
  return decodeLabels(decoded.labels).map((span) => {
    let least = Infinity;
    for (let i = span.start; i < span.end; i++) least = Math.min(least, decoded.margins[i]!);
    return { ...span, score: 1 - Math.exp(-least / MARGIN_SCALE) };
  });
}

/**
 * A trained entity tagger, two passes of Viterbi over BILOU labels: the first from the words, the
 * lexicon and document cues; the second adds the first pass's labels and how the same word was
 * typed elsewhere in the document (so a name's mentions agree).
 */
export class EntityTagger {
  private readonly firstTransitions: Transitions;
  private readonly secondTransitions: Transitions | undefined;
  private readonly firstOwn: FormScores;
  private readonly secondOwn: FormScores | undefined;

  constructor(
    readonly first: WeightTable,
    readonly second?: WeightTable,
  ) {
    this.firstTransitions = transitionScores(first);
    this.secondTransitions = second && transitionScores(second);
    this.firstOwn = new FormScores(first, FORM_FEATURES, WORD_SLOTS);
    this.secondOwn = second && new FormScores(second, FORM_FEATURES, WORD_SLOTS);
  }

  /** The first pass over a document's sentences. */
  firstPass(sentences: readonly (readonly string[])[]): FirstPass {
    const cues = documentCues(sentences);
    const features = sentences.map((words) => sentenceFeatures(words, cues));
    const labels = features.map(
      (f, s) =>
        viterbi(this.first, f, sentences[s]!.length, this.firstTransitions, false, this.firstOwn).labels,
    );
    return { features, labels, votes: votesOf(sentences, labels) };
  }

  /**
   * The entities of each sentence of a document.
   * @example tagger.tagDocument([['Angela', 'Merkel', 'visited', 'Paris', '.']]) // [[person 0-2, place 3-4]]
   */
  tagDocument(sentences: readonly (readonly string[])[]): TaggedSpan[][] {
    const pass = this.firstPass(sentences);
    if (!this.second) {
      return pass.features.map((f, s) =>
        scored(viterbi(this.first, f, sentences[s]!.length, this.firstTransitions, true, this.firstOwn)),
      );
    }
    return pass.features.map((f, s) => {
      addSecondPassFeatures(f, sentences[s]!, pass.votes);
      return scored(
        viterbi(this.second!, f, sentences[s]!.length, this.secondTransitions, true, this.secondOwn),
      );
    });
  }

  /** The entities of one sentence read alone. */
  tagWords(words: readonly string[]): TaggedSpan[] {
    return this.tagDocument([words])[0]!;
  }
}

/** The committed tagger, loaded on first use. */
export const entityTagger = lazy(() => {
  const read = (file: string) => decodeTable(readFileSync(modelPath('entities', file)));
  return new EntityTagger(read(ENTITY_MODEL_FILES.first), read(ENTITY_MODEL_FILES.second));
});

/**
 * The named entities of a parsed text, with token ranges and character spans.
 * @example tagEntities(parsed.tokens, parsed.sentences)
 */
export function tagEntities(tokens: readonly Token[], sentences: readonly Sentence[]): EntitySpan[] {
  const texts = sentences.map((s) => {
    const words: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) words.push(tokens[t]!.text);
    return words;
  });
  const entities: EntitySpan[] = [];
  entityTagger()
    .tagDocument(texts)
    .forEach((spans, s) => {
      const base = sentences[s]!.tokenStart;
      for (const { start, end, type, score } of spans) {
        entities.push({
          tokenStart: base + start,
          tokenEnd: base + end,
          span: [tokens[base + start]!.start, tokens[base + end - 1]!.end],
          type,
          score,
        });
      }
    });
  return entities;
}
