import type { Span } from '../contract/types.js';

/**
 * Abbreviations that keep their period (titles, months, states, corporate suffixes). Lower case,
 * without the final period. Single letters ("J.") and dotted acronyms ("U.S.") are recognised by shape.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont ' +
    'neb nev okla ore pa tenn tex va vt wash wis wyo ' +
    'inc corp co ltd llc plc bros dept univ assn est fig no nos vol vols pp approx vs etc al ft mt'
  ).split(' '),
);

// a word: letters, combining marks and digits of any script, joined by inner apostrophe-free
// connectors; emoji (with modifiers, joiners and variation selectors) form words of their own
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[.,](?=\p{N})\p{N}+)*`;
const EMOJI = String.raw`\p{Extended_Pictographic}(?:[\u{FE0F}\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic})*|[\u{1F1E6}-\u{1F1FF}]{2}`;
const URL = String.raw`(?:https?://|www\.)[^\s<>"“”]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`;
const ACRONYM = String.raw`(?:\p{L}\.){2,}`;
// hashtags and @-handles are one token ("#IStandWithAhmed", "@POTUS")
const HANDLE = String.raw`(?<![\p{L}\p{N}_])[#@][\p{L}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*`;
const PIECE = new RegExp(
  `(${URL})|(${ACRONYM}|${HANDLE})|(${EMOJI})|(${WORD})|(\\.{2,}|-{2,}|''|\`\`|\\s+|[\\s\\S])`,
  'uy',
);
const CONTRACTION = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const URL_TRAILER = new Set([...'.,;:!?)]\'’"']);

/** A URL without the punctuation that ends the sentence around it (a backward scan: linear). */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 1 && URL_TRAILER.has(url[end - 1]!)) end--;
  return url.slice(0, end);
}

/** A token before tagging: its text and offsets into the whole article. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
}

/** Splits the PTB contractions off a word ("don't" -> "do" "n't", "John's" -> "John" "'s"). */
function pushWord(out: RawToken[], text: string, start: number): void {
  const m = CONTRACTION.exec(text);
  if (m && /\p{L}/u.test(m[1]!)) {
    out.push({ text: m[1]!, start, end: start + m[1]!.length });
    out.push({ text: m[2]!, start: start + m[1]!.length, end: start + text.length });
  } else out.push({ text, start, end: start + text.length });
}

/** True when a word followed by "." is an abbreviation that owns the period. */
function ownsPeriod(word: string, textAfter: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // a single capital letter: an initial ("J. Smith"), unless it ends a sentence ("Plan B.")
  return /^\p{Lu}$/u.test(word) && /^\s*\p{Lu}/u.test(textAfter);
}

/**
 * Tokens of `text.slice(from, to)` in PTB/UD English style: words of any script stay whole,
 * contractions and punctuation are split off, URLs, e-mail addresses, hashtags, @-handles, dotted acronyms, numbers
 * ("1,000.5") and emoji sequences are single tokens. One left-to-right pass (linear time); every
 * token's offsets index the original `text`.
 * @example tokenizeSpan('Erdoğan didn\'t go.', [0, 18]).map((t) => t.text) // ['Erdoğan','did',"n't",'go','.']
 */
export function tokenizeSpan(text: string, [from, to]: Span): RawToken[] {
  const out: RawToken[] = [];
  PIECE.lastIndex = from;
  const sub = text.slice(0, to);
  while (PIECE.lastIndex < to) {
    const at = PIECE.lastIndex;
    const m = PIECE.exec(sub);
    if (!m) break;
    const [whole, url, acronym, emoji, word] = m;
    if (url) {
      const kept = trimUrl(url);
      out.push({ text: kept, start: at, end: at + kept.length });
      PIECE.lastIndex = at + kept.length;
    } else if (acronym || emoji) {
      out.push({ text: whole, start: at, end: at + whole.length });
    } else if (word) {
      const next = at + word.length;
      // words joined by an apostrophe stay whole unless it is a contraction ("O'Brien", "rock'n'roll")
      if (sub[next] === '.' && ownsPeriod(word, sub.slice(next + 1, next + 4))) {
        out.push({ text: `${word}.`, start: at, end: next + 1 });
        PIECE.lastIndex = next + 1;
      } else pushApostrophes(out, sub, at, word);
    } else if (!/^\s+$/u.test(whole)) {
      out.push({ text: whole, start: at, end: at + whole.length });
    }
  }
  return out;
}

/**
 * A word may continue over an apostrophe ("O'Brien", "don't", "Erdoğan's"): read the whole run, then
 * split PTB contractions off its end.
 */
function pushApostrophes(out: RawToken[], sub: string, at: number, word: string): void {
  const run = /(?:['’][\p{L}\p{M}\p{N}]+)+/uy;
  run.lastIndex = at + word.length;
  const m = run.exec(sub);
  const text = m ? word + m[0] : word;
  pushWord(out, text, at);
  PIECE.lastIndex = at + text.length;
}
