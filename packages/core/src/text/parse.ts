import type { Span } from '../contract/types.js';
import { tagEntities } from '../entities/tagger.js';
import { annotateSentence } from '../syntax/annotate.js';
import { tagSentence } from '../syntax/tagger.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { tokenizeSpan } from './tokenize.js';
import type { ParsedText, Sentence, Token } from './types.js';

/** Paragraphs are blocks separated by line breaks; empty lines are skipped. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) paragraphs.push([m.index + lead, m.index + lead + body.length]);
  }
  return paragraphs;
}

/** What `parseText` computes beyond tokens, tags, lemmas, sentences, quotations and entities. */
export interface ParseOptions {
  /**
   * Fill `Token.head` and `Token.deprel` with the dependency parser (default false: no extraction
   * stage reads the tree yet, and parsing halves extraction speed).
   */
  dependencies?: boolean;
}

/** Tokens of one paragraph, tagged, lemmatized and (if asked) parsed sentence by sentence. */
function tokenize(
  text: string,
  paragraph: Span,
  firstIndex: number,
  dependencies: boolean,
): { tokens: Token[]; sentenceSpans: Span[] } {
  const raw = tokenizeSpan(text, paragraph);
  const sentenceSpans = splitSentences(raw, firstIndex);
  const tokens: Token[] = [];
  for (const [from, to] of sentenceSpans) {
    const forms = raw.slice(from - firstIndex, to - firstIndex).map((t) => t.text);
    // hashtags and handles are not words of the sentence (and never actors)
    const upos = tagSentence(forms).map((tag, i) => (/^[#@]\p{L}/u.test(forms[i]!) ? 'X' : tag));
    const syntax = annotateSentence(forms, upos, dependencies);
    forms.forEach((form, i) => {
      const { start, end } = raw[from - firstIndex + i]!;
      const head = syntax.heads[i]!;
      tokens.push({
        index: from + i,
        text: form,
        start,
        end,
        pos: upos[i]!,
        xpos: syntax.xpos[i]!,
        lemma: syntax.lemmas[i]!,
        sentence: -1,
        head: head <= 0 ? -1 : from + head - 1,
        deprel: syntax.deprels[i]!,
      });
    });
  }
  return { tokens, sentenceSpans };
}

/**
 * The sentences `parseText` finds, as character spans, without tagging: paragraphs, tokens and the
 * sentence split only, a small share of a parse (the API's source sentences of an article need no
 * tags, lemmas or entities).
 * @example sentenceSpans('Putin spoke. Zelenskyy agreed.') // [[0, 12], [13, 30]]
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const paragraph of findParagraphs(text)) {
    const raw = tokenizeSpan(text, paragraph);
    for (const [from, to] of splitSentences(raw, 0))
      if (to > from) spans.push([raw[from]!.start, raw[to - 1]!.end]);
  }
  return spans;
}

/**
 * Parses an article once: paragraphs, sentences, tokens (POS, lemma, offsets and, with
 * `dependencies`, head and relation), quotations and named entities.
 * Every later stage reads this; nothing re-parses.
 * @example const parsed = parseText(fs.readFileSync('article.txt', 'utf8'), { dependencies: true });
 */
export function parseText(text: string, options: ParseOptions = {}): ParsedText {
  const paragraphs = findParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const { tokens: own, sentenceSpans } = tokenize(
      text,
      paragraph,
      tokens.length,
      options.dependencies ?? false,
    );
    // one by one: spreading a huge paragraph's tokens overflows the call stack
    for (const t of own) tokens.push(t);
    for (const [tokenStart, tokenEnd] of sentenceSpans) {
      if (tokenEnd <= tokenStart) continue;
      const index = sentences.length;
      for (let t = tokenStart; t < tokenEnd; t++) tokens[t]!.sentence = index;
      sentences.push({
        index,
        start: tokens[tokenStart]!.start,
        end: tokens[tokenEnd - 1]!.end,
        paragraph: p,
        tokenStart,
        tokenEnd,
      });
    }
  });
  return {
    text,
    tokens,
    sentences,
    paragraphs,
    quotes: findQuotes(text, paragraphs),
    entities: tagEntities(tokens, sentences),
  };
}
