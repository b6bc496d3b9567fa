import { lemmatize } from './lemmatizer.js';
import { parseSentence } from './parser.js';
import { tagSentence } from './tagger.js';
import { xposOf } from './xpos.js';

/** Everything the syntax models give one tokenized sentence, one entry per form. */
export interface SentenceAnnotation {
  upos: string[];
  lemmas: string[];
  /** Penn Treebank tags (rules over UPOS, lemma and context). */
  xpos: string[];
  /** 1-based position of each word's head, 0 for the root. */
  heads: number[];
  /** Universal Dependencies relations ('nsubj', 'root', ...). */
  deprels: string[];
}

/**
 * Tags, lemmatizes and (with `dependencies`, the default) parses one tokenized sentence (models
 * loaded once per process). Without `dependencies`, every head is -1 and every relation ''.
 * @param upos UPOS tags to use instead of the tagger's (e.g. after the caller corrected some)
 * @example annotateSentence(['Erdoğan', 'said', 'no', '.']).deprels // ['nsubj', 'root', 'obj', 'punct']
 */
export function annotateSentence(
  forms: string[],
  upos = tagSentence(forms),
  dependencies = true,
): SentenceAnnotation {
  const lemmas = forms.map((form, i) => lemmatize(form, upos[i]!));
  const xpos = xposOf(forms.map((form, i) => ({ form, upos: upos[i]!, lemma: lemmas[i]! })));
  if (!dependencies) return { upos, lemmas, xpos, heads: forms.map(() => -1), deprels: forms.map(() => '') };
  const { heads, deprels } = parseSentence(forms, upos, xpos);
  return { upos, lemmas, xpos, heads, deprels };
}
