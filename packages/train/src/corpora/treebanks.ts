import { readdirSync, readFileSync } from 'node:fs';
import { type ConlluSentence, parseConllu } from '@parley/core';
import { shared } from './paths.js';

export type EwtSplit = 'train' | 'dev' | 'test';

/** UD English EWT, one of its conventional splits. */
export function readEwt(split: EwtSplit): ConlluSentence[] {
  const file = shared('corpora/ud-english-ewt', `en_ewt-ud-${split}.conllu`);
  return parseConllu(readFileSync(file, 'utf8'), file);
}

/** GUM document names (file names without `.conllu`), sorted. */
export function gumDocuments(): string[] {
  return readdirSync(shared('corpora/gum'))
    .filter((f) => f.endsWith('.conllu'))
    .map((f) => f.replace(/\.conllu$/, ''))
    .sort();
}

/**
 * Parley's GUM split, used by every model and every figure: of the documents sorted by name, every
 * fifth (positions 4, 9, 14, ... counting from 0) is held out, never trained or tuned on.
 */
export function gumSplit(): { train: string[]; heldout: string[] } {
  const docs = gumDocuments();
  return {
    train: docs.filter((_, i) => i % 5 !== 4),
    heldout: docs.filter((_, i) => i % 5 === 4),
  };
}

/** The sentences of one GUM document. */
export function readGum(doc: string): ConlluSentence[] {
  const file = shared('corpora/gum', `${doc}.conllu`);
  return parseConllu(readFileSync(file, 'utf8'), file);
}
