import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Span } from '../contract/types.js';
import { findQuotes } from './quotes.js';
import type { ParsedText, Sentence, Token } from './types.js';

const nlp = winkNLP(model);
const its = nlp.its;

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

/** Tokens of one paragraph, offsets rebuilt from wink's lossless whitespace record. */
function tokenize(
  text: string,
  [from, to]: Span,
  firstIndex: number,
): { tokens: Token[]; sentenceSpans: Span[] } {
  const doc = nlp.readDoc(text.slice(from, to));
  // wink's typings reject its own `its` helpers here; the calls are as documented
  const out = (f?: unknown) => doc.tokens().out(f as never) as unknown as string[];
  const values = out();
  const spaces = out(its.precedingSpaces);
  const pos = out(its.pos);
  const lemmas = out(its.lemma);
  const tokens: Token[] = [];
  let at = from;
  values.forEach((value, i) => {
    at += spaces[i]!.length;
    tokens.push({
      index: firstIndex + i,
      text: value,
      start: at,
      end: at + value.length,
      pos: pos[i]!,
      lemma: lemmas[i]!.toLowerCase(),
      sentence: -1,
    });
    at += value.length;
  });
  const sentenceSpans = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
    ([a, b]): Span => [firstIndex + a, firstIndex + b + 1],
  );
  return { tokens, sentenceSpans };
}

/**
 * Parses an article once: paragraphs, sentences, tokens (POS, lemma, offsets) and quotations.
 * Every later stage reads this; nothing re-parses.
 * @example const parsed = parseText(fs.readFileSync('article.txt', 'utf8'));
 */
export function parseText(text: string): ParsedText {
  const paragraphs = findParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const { tokens: own, sentenceSpans } = tokenize(text, paragraph, tokens.length);
    tokens.push(...own);
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
  return { text, tokens, sentences, paragraphs, quotes: findQuotes(text, paragraphs) };
}
