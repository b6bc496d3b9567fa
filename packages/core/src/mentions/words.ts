import type { ParsedText, Token } from '../text/types.js';

/** A word: tokens joined across unspaced hyphens ("Chung-tai", "co-founder", "pro-Beijing"). */
export interface Word {
  /** Position in the article's word list. */
  index: number;
  text: string;
  start: number;
  end: number;
  /** POS of the word's first token. */
  pos: string;
  lemma: string;
  sentence: number;
  /** First word of its sentence or of a quotation: its capital says nothing about being a name. */
  sentenceStart: boolean;
  /** A possessive marker ("'s", "’s", or the bare "’" after a plural). */
  possessive: boolean;
}

const isHyphen = (t: Token) => t.text === '-' || t.text === '‐' || t.text === '–';
const isPossessive = (t: Token) => /^['’]s?$/i.test(t.text) && t.pos === 'PART';

/**
 * Joins the article's tokens into words: "Yeung", "-", "tat" written without spaces become one
 * word, so hyphenated names and titles survive.
 * @example toWords(parseText('Kim Jong-un spoke.')).map((w) => w.text) // ['Kim', 'Jong-un', 'spoke', '.']
 */
export function toWords(parsed: ParsedText): Word[] {
  const { tokens, text } = parsed;
  const words: Word[] = [];
  let lastSentence = -1;
  let seenWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    let end = i;
    while (
      end + 2 < tokens.length &&
      isHyphen(tokens[end + 1]!) &&
      tokens[end + 1]!.start === tokens[end]!.end &&
      tokens[end + 2]!.start === tokens[end + 1]!.end &&
      /^[\p{L}\p{N}]/u.test(tokens[end + 2]!.text) &&
      tokens[end + 2]!.sentence === first.sentence
    )
      end += 2;
    const last = tokens[end]!;
    if (first.sentence !== lastSentence) seenWord = false;
    const previous = words.at(-1);
    const afterOpening =
      previous !== undefined && /^["“‘(:—]$/.test(previous.text) && previous.sentence === first.sentence;
    const isWord = /^[\p{L}\p{N}]/u.test(first.text);
    words.push({
      index: words.length,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      pos: first.pos,
      lemma: end === i ? first.lemma : text.slice(first.start, last.end).toLowerCase(),
      sentence: first.sentence,
      sentenceStart: isWord && (!seenWord || afterOpening),
      possessive: isPossessive(first),
    });
    lastSentence = first.sentence;
    if (isWord) seenWord = true;
    i = end;
  }
  return words;
}

/** Whether a word starts with a capital letter ("Putin", "U.S.", "FIRST"). */
export const isCapitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
