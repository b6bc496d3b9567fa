import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Span } from '../contract/types.js';
import { tagEntities } from '../entities/tagger.js';
import { findQuotes } from './quotes.js';
import type { ParsedText, Sentence, Token } from './types.js';

// only sentence boundaries and POS (lemmas derive from them): wink's NER, sentiment and negation
// passes cost most of its time and nothing reads them
const nlp = winkNLP(model, ['sbd', 'pos']);
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

/**
 * Rejoins sentences the splitter broke after an abbreviation or a quoted question ("(D-Md.), chair
 * of ...", '"Is it?" he asked.'): a sentence that opens in lower case or with a comma, closing
 * bracket or closing punctuation continues the one before.
 */
function mergeFalseBreaks(tokens: Token[], firstIndex: number, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const first = tokens[span[0] - firstIndex];
    const prev = merged.at(-1);
    if (prev && first && /^([\p{Ll}]|[,;:)\]%–—-])/u.test(first.text)) prev[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

const LONG_RUN = 64;

/**
 * Blanks every 64th code unit of runs without whitespace (URLs, base64 blobs): wink's abbreviation
 * pattern is quadratic in a token's length. Lengths are kept, so offsets still hold.
 */
function breakLongRuns(paragraph: string): string {
  return paragraph.replace(new RegExp(`\\S{${LONG_RUN},}`, 'g'), (run) => {
    const units = [...run.split('')];
    for (let i = LONG_RUN - 1; i < units.length; i += LONG_RUN) {
      if (!/[\uD800-\uDFFF]/.test(units[i]!)) units[i] = ' ';
    }
    return units.join('');
  });
}

/** Tokens of one paragraph, offsets rebuilt from wink's lossless whitespace record. */
function tokenize(
  text: string,
  [from, to]: Span,
  firstIndex: number,
): { tokens: Token[]; sentenceSpans: Span[] } {
  const paragraph = breakLongRuns(text.slice(from, to));
  const doc = nlp.readDoc(paragraph);
  // wink's typings reject its own `its` helpers here; the calls are as documented
  const out = (f?: unknown) => doc.tokens().out(f as never) as unknown as string[];
  const values = out();
  const spaces = out(its.precedingSpaces);
  const pos = out(its.pos);
  const lemmas = out(its.lemma);
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    // wink drops some blanks (U+000B, U+2028, U+3000, BOM...) from its whitespace record: anchor on the text
    const found = paragraph.indexOf(value, at);
    at = found >= 0 && paragraph.slice(at, found).trim() === '' ? found : at + spaces[i]!.length;
    tokens.push({
      index: firstIndex + i,
      text: value,
      start: from + at,
      end: from + at + value.length,
      pos: pos[i]!,
      xpos: '',
      lemma: lemmas[i]!.toLowerCase(),
      sentence: -1,
      head: -1,
      deprel: '',
    });
    at += value.length;
  });
  const spans = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
    ([a, b]): Span => [firstIndex + a, firstIndex + b + 1],
  );
  return { tokens, sentenceSpans: mergeFalseBreaks(tokens, firstIndex, spans) };
}

/**
 * Parses an article once: paragraphs, sentences, tokens (POS, lemma, offsets), quotations and
 * named entities.
 * Every later stage reads this; nothing re-parses.
 * @example const parsed = parseText(fs.readFileSync('article.txt', 'utf8'));
 */
export function parseText(text: string): ParsedText {
  const paragraphs = findParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const { tokens: own, sentenceSpans } = tokenize(text, paragraph, tokens.length);
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
