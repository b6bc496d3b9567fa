import {
  CUE_LEXICON,
  type CueFrame,
  NAMING_CUES,
  NOT_A_CUE_BEFORE,
  NOT_A_CUE_COMPOUND,
  WEAK_CUES,
} from '../lexicon/cues.js';
import { POSSESSIVE_PRONOUNS } from '../lexicon/pronouns.js';
import type { Token } from '../text/types.js';

export type { CueFrame };

/** One entry of the lexicon: the lemmas of its words ("rule out" is `['rule', 'out']`) and its frame. */
export interface CueEntry {
  lemma: string;
  words: string[];
  frame: CueFrame;
  /** A weak cue ("continue", "find", "know") reports only with a that-clause, colon or quotation. */
  weak: boolean;
  /** A naming cue ("call", "label") reports only with an object and what it is called. */
  naming: boolean;
}

/** Entries by their first word's lemma, longest first so "call for" wins over "call". */
const BY_FIRST = new Map<string, CueEntry[]>();
/** Noun cues, used only before a that-clause. */
const NOUNS = new Map<string, CueEntry>(
  CUE_LEXICON.noun.map((lemma) => [
    lemma,
    { lemma, words: [lemma], frame: 'noun', weak: false, naming: false },
  ]),
);
for (const [frame, phrases] of Object.entries(CUE_LEXICON) as [CueFrame, string[]][]) {
  if (frame === 'noun') continue;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const first = words[0]!;
    const list = BY_FIRST.get(first) ?? [];
    if (list.some((e) => e.lemma === phrase)) continue;
    list.push({ lemma: phrase, words, frame, weak: WEAK_CUES.has(phrase), naming: NAMING_CUES.has(phrase) });
    list.sort((a, b) => b.words.length - a.words.length);
    BY_FIRST.set(first, list);
  }
}

/** The cue of a headline's "Name: what they said" ("Cruz: Trump Would Put Liberals On Court"). */
export const HEADLINE_COLON: CueEntry = {
  lemma: 'say',
  words: [':'],
  frame: 'clause',
  weak: false,
  naming: false,
};

/**
 * A colon that attributes what follows to the name before it, as headlines do: the sentence opens
 * with one to five capitalised words and the colon, and words follow.
 */
export function headlineColonAt(tokens: Token[], i: number, floor: number, limit: number): CueMatch | null {
  if (tokens[i]!.text !== ':' || i === floor || i - floor > 5 || i + 2 >= limit) return null;
  for (let j = floor; j < i; j++) {
    const t = tokens[j]!;
    if (!(t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text) || t.text === '.')) return null;
  }
  return tokens[i - 1]!.pos === 'PROPN' ? { tokenStart: i, tokenEnd: i + 1, entry: HEADLINE_COLON } : null;
}

/** A cue found in the text: its tokens `[start, end)` and lexicon entry. */
export interface CueMatch {
  tokenStart: number;
  tokenEnd: number;
  entry: CueEntry;
}

/**
 * A participle used as an adjective, not a cue: "so-called", "self-described", "the proposed ban",
 * "in pledged delegates", "robo-calls".
 */
function isModifier(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[end];
  if (!prev) return false;
  if (NOT_A_CUE_BEFORE.has(prev.lemma) || prev.text === '-') return true;
  if (prev.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(prev.text.toLowerCase())) return true;
  const participle = /(ed|en)$/i.test(tokens[i]!.text);
  return participle && prev.pos === 'ADP' && (next?.pos === 'NOUN' || next?.pos === 'ADJ');
}

/** Whether the words of a multi-word cue follow token `i` (an object may sit between "call ... for"). */
function matchWords(tokens: Token[], i: number, words: string[], limit: number): number | null {
  let at = i + 1;
  for (const word of words.slice(1)) {
    if (at >= limit || tokens[at]!.lemma !== word) return null;
    at++;
  }
  return at;
}

/**
 * The cue starting at token `i` of a sentence ending at token `limit`, if any: a verb (or the
 * preposition "according") whose lemma is in the lexicon, with the rest of a multi-word cue.
 * @example cueAt(parsed.tokens, 12, sentence.tokenEnd)?.entry.lemma // "say"
 */
export function cueAt(tokens: Token[], i: number, limit: number): CueMatch | null {
  const token = tokens[i]!;
  if (token.pos === 'NOUN') {
    const noun = NOUNS.get(token.lemma);
    const next = tokens[i + 1];
    if (noun && i + 1 < limit && next?.lemma === 'that' && next.pos === 'SCONJ')
      return { tokenStart: i, tokenEnd: i + 1, entry: noun };
  }
  const entries = BY_FIRST.get(token.lemma) ?? BY_FIRST.get(token.text.toLowerCase());
  if (!entries) return null;
  // a compound noun made of a cue verb ("a think tank", "think-tank") is no cue
  const next = tokens[i + 1];
  if (
    next &&
    NOT_A_CUE_COMPOUND.has(`${token.lemma} ${next.lemma === '-' ? tokens[i + 2]?.lemma : next.lemma}`)
  )
    return null;
  for (const entry of entries) {
    const end = matchWords(tokens, i, entry.words, limit);
    if (end === null) continue;
    if (entry.frame !== 'source' && token.pos !== 'VERB') return null;
    if (isModifier(tokens, i, end)) return null;
    return { tokenStart: i, tokenEnd: end, entry };
  }
  return null;
}

/** Every cue lemma of the lexicon, for tests and docs. */
export function cueLemmas(): string[] {
  return [...[...BY_FIRST.values()].flat(), ...NOUNS.values()].map((e) => e.lemma);
}
