import { NOUN_LINKS } from '../lexicon/connectives.js';
import {
  OBJECT_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PRONOMINAL_QUANTIFIERS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
} from '../lexicon/pronouns.js';
import { LINKING_ADJECTIVES } from '../lexicon/speakers.js';
import { TIME_HEADS } from '../lexicon/time.js';
import type { Token } from '../text/types.js';

/** A run of tokens `[start, end)`. */
export interface TokenRange {
  start: number;
  end: number;
}

const NOMINAL = new Set(['PROPN', 'NOUN', 'PRON']);
const MODIFIER = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
/** A speaker phrase may be headed by a personal or a relative pronoun ("he", "who"). */
const HEAD_PRONOUNS = new Set([...SUBJECT_PRONOUNS, ...RELATIVE_PRONOUNS]);
const POSSESSIVES = POSSESSIVE_PRONOUNS;
const MAX_PHRASE = 18;

const isWordLike = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);
/** Tokens that may sit inside a name or title ("U.S.", "Jr.", "al-Assad", "Mr."). */
const isNameGlue = (t: Token) => t.text === '-' || t.text === '.' || t.text === '&';

function isHead(t: Token): boolean {
  if (PRONOMINAL_QUANTIFIERS.has(t.text.toLowerCase())) return true;
  if (t.pos === 'PRON') return HEAD_PRONOUNS.has(t.lemma) || HEAD_PRONOUNS.has(t.text.toLowerCase());
  return isNounHead(t);
}

/** A head for a phrase after a verb, where object pronouns count ("told me"). */
function isObjectHead(t: Token): boolean {
  if (t.pos === 'PRON') return OBJECT_PRONOUNS.has(t.text.toLowerCase()) || isHead(t);
  return isNounHead(t);
}

function isNounHead(t: Token): boolean {
  return (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM') && isWordLike(t);
}

function isModifier(t: Token): boolean {
  if (t.pos === 'PRON') return POSSESSIVES.has(t.text.toLowerCase());
  if (t.pos === 'PART') return /^['’]s?$/.test(t.text);
  return MODIFIER.has(t.pos) || isNameGlue(t);
}

/**
 * The noun phrase ending at token `end - 1` (its head), walking left over modifiers and
 * post-modifiers ("the deputy head of China's delegation to the forum"). Null when `end - 1` is no head.
 * @example phraseEndingAt(tokens, cueIndex, sentence.tokenStart)
 */
export function phraseEndingAt(tokens: Token[], end: number, floor: number): TokenRange | null {
  const head = tokens[end - 1];
  if (!head || end - 1 < floor) return null;
  // a nominalised adjective after its article is a head too ("The general said", "the accused")
  const adjectiveHead = head.pos === 'ADJ' && end - 2 >= floor && tokens[end - 2]!.pos === 'DET';
  if (!isHead(head) && !adjectiveHead) return null;
  if (head.pos === 'PRON') return { start: end - 1, end };
  let start = end - 1;
  while (start > floor && end - start < MAX_PHRASE) {
    const prev = tokens[start - 1]!;
    if (isModifier(prev) && prev.pos !== 'PRON') {
      start--;
      continue;
    }
    if (prev.pos === 'PRON' && POSSESSIVES.has(prev.text.toLowerCase())) {
      start--;
      continue;
    }
    // "head of China's delegation": cross the preposition when a noun (or "familiar", "close") precedes it
    if (prev.pos === 'ADP' && NOUN_LINKS.has(prev.lemma) && start - 2 >= floor) {
      const before = tokens[start - 2]!;
      if (NOMINAL.has(before.pos) && before.pos !== 'PRON') {
        start -= 2;
        continue;
      }
      if (before.pos === 'ADJ' && LINKING_ADJECTIVES.has(before.lemma) && start - 3 >= floor) {
        start -= 2;
        continue;
      }
    }
    break;
  }
  // a phrase never starts with a possessive marker or glue
  while (start < end - 1 && (tokens[start]!.pos === 'PART' || isNameGlue(tokens[start]!))) start++;
  return { start, end };
}

/**
 * The noun phrase starting at token `start` and running right (the speaker after an inverted cue:
 * '"...," said Anton, 32, who ...'), stopping at a comma, clause or verb.
 */
export function phraseStartingAt(tokens: Token[], start: number, limit: number): TokenRange | null {
  let end = start;
  let sawHead = false;
  while (end < limit && end - start < MAX_PHRASE) {
    const t = tokens[end]!;
    if (t.lemma === 'that') break;
    if (isObjectHead(t) && !(t.pos === 'PRON' && sawHead)) {
      sawHead = true;
      end++;
      if (t.pos === 'PRON' && !POSSESSIVES.has(t.text.toLowerCase())) break;
      continue;
    }
    if (isModifier(t) || (t.pos === 'PRON' && POSSESSIVES.has(t.text.toLowerCase()))) {
      end++;
      continue;
    }
    const after = tokens[end + 1];
    if (
      sawHead &&
      t.pos === 'ADP' &&
      NOUN_LINKS.has(t.lemma) &&
      end + 1 < limit &&
      after &&
      isModifier(after) &&
      !TIME_HEADS.has(after.text.toLowerCase())
    ) {
      end++;
      continue;
    }
    break;
  }
  while (end > start && !isObjectHead(tokens[end - 1]!)) end--;
  return sawHead && end > start ? { start, end } : null;
}

/** Whether a token is a coordinating "and" between two speakers ("Macron and Merz"). */
export const isAnd = (t: Token | undefined) => t?.lemma === 'and' || t?.text === '&';
