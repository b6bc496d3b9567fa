import { extname } from 'node:path';
import {
  annotateSentence,
  type ConlluSentence,
  type ConlluWord,
  formatConllu,
  InputError,
  type ParsedText,
  parseConllu,
  parseText,
  readArticleFile,
  writeFileAtomic,
} from '@parley/core';
import { z } from 'zod';

export const ParseArgs = z.object({
  file: z.string().min(1, 'give a .txt or .conllu file to parse'),
  format: z.enum(['conllu'], { message: '--format must be conllu' }).default('conllu'),
  out: z.string().min(1, '--out must name a file').optional(),
});
export type ParseArgs = z.infer<typeof ParseArgs>;

const SPACE_AFTER_NO = 'SpaceAfter=No';

/** One sentence of `parseText`'s parse as CoNLL-U words (ids and heads 1-based within the sentence). */
function sentenceWords(parsed: ParsedText, index: number): ConlluWord[] {
  const { tokenStart, tokenEnd } = parsed.sentences[index]!;
  return parsed.tokens.slice(tokenStart, tokenEnd).map((t, i) => {
    const next = parsed.tokens[t.index + 1];
    return {
      id: i + 1,
      form: t.text,
      lemma: t.lemma,
      upos: t.pos,
      xpos: t.xpos || '_',
      feats: '_',
      head: t.head < 0 ? 0 : t.head - tokenStart + 1,
      deprel: t.deprel,
      misc: next && t.index + 1 < tokenEnd && next.start === t.end ? SPACE_AFTER_NO : '_',
    };
  });
}

/** A plain-text article, tokenized, tagged and parsed by the pipeline's own `parseText`. */
export function conlluOfText(text: string): ConlluSentence[] {
  const parsed = parseText(text, { dependencies: true });
  return parsed.sentences.map((s) => ({
    comments: [
      ['sent_id', String(s.index + 1)],
      ['text', text.slice(s.start, s.end).replace(/\s+/g, ' ')],
    ],
    words: sentenceWords(parsed, s.index),
    ranges: [],
    doc: '',
  }));
}

/**
 * Re-annotates CoNLL-U sentences on their own tokens: predicted UPOS, XPOS, LEMMA, HEAD and DEPREL;
 * the input's annotations are dropped (FEATS and DEPS become '_', MISC keeps only SpaceAfter=No).
 */
export function reannotate(sentences: ConlluSentence[]): ConlluSentence[] {
  return sentences.map((s) => {
    const syntax = annotateSentence(s.words.map((w) => w.form));
    const words = s.words.map((w, i) => ({
      id: w.id,
      form: w.form,
      lemma: syntax.lemmas[i]!,
      upos: syntax.upos[i]!,
      xpos: syntax.xpos[i]!,
      feats: '_',
      head: syntax.heads[i]!,
      deprel: syntax.deprels[i]!,
      misc: w.misc.split('|').includes(SPACE_AFTER_NO) ? SPACE_AFTER_NO : '_',
    }));
    return { ...s, words };
  });
}

/** Reads a .conllu file's sentences, saying which file and line is malformed. */
function readConllu(path: string, text: string): ConlluSentence[] {
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(text, path);
  } catch (e) {
    throw new InputError(`not valid CoNLL-U: ${(e as Error).message}`);
  }
  if (sentences.length === 0) throw new InputError(`${path}: no CoNLL-U sentences`);
  const gap = sentences.find((s) => s.words.some((w, i) => w.id !== i + 1 || !w.form));
  if (gap)
    throw new InputError(
      `${path}: word ids of a sentence must run 1, 2, 3, ... (sentence ${sentences.indexOf(gap) + 1})`,
    );
  return sentences;
}

/**
 * `parley parse`: a .txt article is tokenized, tagged and parsed; a .conllu file keeps its tokens
 * and gets predicted UPOS, XPOS, LEMMA, HEAD and DEPREL. Writes CoNLL-U to `--out` or, without it,
 * returns it for standard output.
 * @throws InputError for a missing, unreadable or malformed file, or another extension
 */
export async function runParse(args: ParseArgs, write: (text: string) => void): Promise<number> {
  const kind = extname(args.file).toLowerCase();
  if (kind !== '.txt' && kind !== '.conllu')
    throw new InputError(`${args.file}: expected a .txt article or a .conllu file`);
  const text = await readArticleFile(args.file);
  const sentences = kind === '.txt' ? conlluOfText(text) : reannotate(readConllu(args.file, text));
  const conllu = formatConllu(sentences);
  if (args.out) await writeFileAtomic(args.out, conllu);
  else write(conllu);
  return sentences.length;
}
