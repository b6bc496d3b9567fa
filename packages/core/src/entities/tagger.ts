import { readFileSync } from 'node:fs';
import { lazy, modelPath } from '../learn/model.js';
import { decodeTable, type WeightTable } from '../learn/table.js';
import type { EntitySpan, Sentence, Token } from '../text/types.js';
import { type Decoded, type Transitions, transitionScores, viterbi } from './decode.js';
import { documentCues, sentenceFeatures } from './features.js';
import { decodeLabels, type LabelSpan } from './labels.js';

/** The model's file under packages/core/models/entities/. */
export const ENTITY_MODEL_FILE = 'weights.bin';

/** A trained entity tagger: a weight table decoded with Viterbi over BILOU labels. */
export class EntityTagger {
  private readonly transitions: Transitions;

  constructor(readonly table: WeightTable) {
    this.transitions = transitionScores(table);
  }

  /** Labels and margins of one sentence's words. */
  decode(words: readonly string[], cues?: ReadonlyMap<string, number>): Decoded {
    return viterbi(this.table, sentenceFeatures(words, cues), words.length, this.transitions);
  }

  /**
   * The entities of one sentence, with a confidence each: the logistic of the mean margin of the
   * span's labels over their runners-up.
   * @param cues the document's cues (`documentCues`); by default this sentence's own
   * @example tagger.tagWords(['Angela', 'Merkel', 'visited', 'Paris']) // person 0-2, place 3-4
   */
  tagWords(words: readonly string[], cues?: ReadonlyMap<string, number>): (LabelSpan & { score: number })[] {
    const { labels, margins } = this.decode(words, cues);
    return decodeLabels(labels).map((span) => {
      let sum = 0;
      for (let i = span.start; i < span.end; i++) sum += margins[i]!;
      return { ...span, score: 1 / (1 + Math.exp(-sum / (span.end - span.start))) };
    });
  }
}

/** The committed tagger, loaded on first use. */
export const entityTagger = lazy(
  () => new EntityTagger(decodeTable(readFileSync(modelPath('entities', ENTITY_MODEL_FILE)))),
);

/**
 * The named entities of a parsed text, sentence by sentence, with token ranges and character spans.
 * @example tagEntities(parsed.tokens, parsed.sentences)
 */
export function tagEntities(tokens: readonly Token[], sentences: readonly Sentence[]): EntitySpan[] {
  const tagger = entityTagger();
  const entities: EntitySpan[] = [];
  const texts = sentences.map((s) => {
    const words: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) words.push(tokens[t]!.text);
    return words;
  });
  const cues = documentCues(texts);
  sentences.forEach((sentence, s) => {
    for (const { start, end, type, score } of tagger.tagWords(texts[s]!, cues)) {
      const tokenStart = sentence.tokenStart + start;
      const tokenEnd = sentence.tokenStart + end;
      entities.push({
        tokenStart,
        tokenEnd,
        span: [tokens[tokenStart]!.start, tokens[tokenEnd - 1]!.end],
        type,
        score,
      });
    }
  });
  return entities;
}
