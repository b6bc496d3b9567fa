import type { Span } from '../contract/types.js';
import type { RawToken } from './tokenize.js';

const TERMINATOR = /^(?:[.!?…]+|\.{2,})$/u;
const CLOSER = /^["'”’»)\]]$/u;
// a dotted acronym ends a sentence only before a word that typically opens one ("in the U.S. The ...")
const OPENERS = new Set(
  'the a an he she it they we i you but and so yet in on at this that these those there his her its their our my if when while after before as'.split(
    ' ',
  ),
);
// a next token like this continues the sentence (lower case, comma, closing bracket, ...)
const CONTINUES = /^(?:[\p{Ll}]|[,;:)\]%–—-])/u;

function endsSentence(tokens: RawToken[], i: number): boolean {
  const t = tokens[i]!.text;
  if (TERMINATOR.test(t)) return true;
  if (/^(?:\p{L}\.){2,}$/u.test(t)) {
    const next = tokens[i + 1];
    return !!next && OPENERS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text);
  }
  return false;
}

/**
 * Sentence boundaries of one paragraph's tokens, as half-open token index ranges offset by
 * `firstIndex`. A sentence ends at ".", "!", "?" or an ellipsis (with any closing quote or bracket
 * written right after it) when the next token does not continue it (lower case, comma, ...).
 * Abbreviations keep their period in the tokenizer, so "Mr. Smith" never breaks.
 */
export function splitSentences(tokens: RawToken[], firstIndex: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsSentence(tokens, i)) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      CLOSER.test(tokens[end]!.text) &&
      tokens[end]!.start === tokens[end - 1]!.end
    )
      end++;
    const next = tokens[end];
    if (next && CONTINUES.test(next.text)) {
      i = end - 1;
      continue;
    }
    spans.push([firstIndex + start, firstIndex + end]);
    start = end;
    i = end - 1;
  }
  if (start < tokens.length) spans.push([firstIndex + start, firstIndex + tokens.length]);
  return spans;
}
