import { PARTICIPLE_LINKS } from '../lexicon/connectives.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { GOVERNING_ADJECTIVES, SKIPPABLE_BEFORE_CUE } from '../lexicon/speakers.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { isQuoteMark } from '../text/quotes.js';
import type { Token } from '../text/types.js';
import { isAnd, phraseEndingAt, phraseStartingAt, type TokenRange } from './phrases.js';

/** How a cue got its speaker. */
export type SpeakerVia = 'left' | 'right' | 'shared' | 'none';

/** The speaker phrases of a cue, and the first token of the cue's own material (speaker or link). */
export interface SpeakerFind {
  ranges: TokenRange[];
  via: SpeakerVia;
  /** Token where this attribution's own words start (the speaker, or the "and"/"," tying it to the clause before). */
  leftEdge: number;
  /** What the speaker phrase stands for when it is a relative "who" (its antecedent). */
  resolveAs?: TokenRange[];
}

/**
 * Walks left from a cue over what sits between it and its subject: auxiliaries and adverbs ("has
 * also"), "on Tuesday", a parenthesis ("Rep. Bobby Scott (D-Va.)") and a reduced relative ("polls
 * released Sunday showed").
 */
function skipToSubject(tokens: Token[], from: number, floor: number): number {
  let i = from;
  for (let guard = 0; guard < 12 && i >= floor; guard++) {
    const t = tokens[i]!;
    if (isBetweenSubjectAndCue(t)) i--;
    else if (t.lemma === 'on' && isWeekday(tokens[i + 1]?.text ?? '')) i--;
    else if (t.text === ')') {
      let j = i - 1;
      // a parenthesis is short ("(D-Va.)"); a lone ")" in a long run must not send the walk to the start
      while (j > floor && j > i - MAX_ASIDE && tokens[j]!.text !== '(') j--;
      if (tokens[j]!.text !== '(') break;
      if (j <= floor) break;
      i = j - 1;
    } else if (
      t.pos === 'VERB' &&
      /ed$/.test(t.text) &&
      i - 1 >= floor &&
      (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN') &&
      i !== from
    )
      i--;
    else break;
  }
  return i;
}

/** Longest parenthesis, and farthest comma, a speaker search looks back over (in tokens). */
const MAX_ASIDE = 60;
/** At most this many coordinated speakers ("A, B and C and ..."). */
const MAX_CONJUNCTS = 8;

const isWeekday = (text: string) => WEEKDAYS.has(text.toLowerCase());

/** Whether `t` sits between a subject and its cue ("has also", "did not", "on Tuesday"). */
const isBetweenSubjectAndCue = (t: Token) =>
  t.pos === 'ADV' ||
  t.pos === 'AUX' ||
  SKIPPABLE_BEFORE_CUE.has(t.lemma) ||
  isWeekday(t.text) ||
  (t.pos === 'PART' && t.lemma !== "'s" && t.lemma !== 'to');

const hasPreposition = (tokens: Token[], r: TokenRange) =>
  tokens.slice(r.start, r.end).some((t) => t.pos === 'ADP');

/**
 * Coordinated speakers left of a phrase ("Macron and German Chancellor Friedrich Merz"). When the
 * left conjunct carries a post-modifier ("the heads of France and Germany") it is one phrase.
 */
function coordinate(tokens: Token[], first: TokenRange, floor: number): TokenRange[] {
  const ranges = [first];
  let r = first;
  while (isAnd(tokens[r.start - 1]) && ranges.length < MAX_CONJUNCTS) {
    const left = phraseEndingAt(tokens, r.start - 1, floor);
    if (!left) break;
    if (hasPreposition(tokens, left) || hasPreposition(tokens, r)) {
      ranges.splice(0, ranges.length, { start: left.start, end: ranges.at(-1)!.end });
      break;
    }
    ranges.unshift(left);
    r = left;
  }
  return ranges;
}

/** Whether a phrase opens its clause: at the sentence start or after "But", "And", "Meanwhile,". */
const opensClause = (tokens: Token[], start: number, floor: number) =>
  start === floor ||
  (start - 1 === floor && (tokens[floor]!.pos === 'CCONJ' || tokens[floor]!.pos === 'ADV'));

/**
 * The subject before appositions and relative clauses set off by commas ("J.J. Goldberg, editor at
 * large of The Forward, an influential newspaper ..., wrote"): the phrase before the first comma
 * when it opens the clause, else the phrase before the nearest comma.
 */
function subjectBeforeApposition(tokens: Token[], comma: number, floor: number): TokenRange | null {
  const commas: number[] = [];
  for (let j = comma - 1; j > Math.max(floor, comma - MAX_ASIDE); j--)
    if (tokens[j]!.text === ',') commas.push(j);
  const phraseAt = (j: number) => {
    const end = skipToSubject(tokens, j - 1, floor);
    return end >= floor ? phraseEndingAt(tokens, end + 1, floor) : null;
  };
  for (const j of [...commas].reverse()) {
    const phrase = phraseAt(j);
    if (phrase && opensClause(tokens, phrase.start, floor)) return phrase;
  }
  return commas.length ? phraseAt(commas[0]!) : null;
}

/**
 * The verb governing an infinitive or gerund cue ("refused to answer" -> "refused", "began
 * thinking" -> "began"), whose subject is the cue's speaker; null when there is none.
 */
function governingVerb(tokens: Token[], i: number, floor: number, participle: boolean): number | null {
  const t = tokens[i]!;
  if (t.lemma === 'to' && (t.pos === 'PART' || t.pos === 'ADP')) {
    let j = i - 1;
    while (j >= floor && (tokens[j]!.pos === 'ADV' || tokens[j]!.lemma === 'not')) j--;
    const v = tokens[j];
    if (!v || j < floor) return null;
    if (v.pos === 'VERB' || (v.pos === 'ADJ' && GOVERNING_ADJECTIVES.has(v.lemma))) return j;
    // "went out of his way to say": the verb before a short phrase
    for (let k = j; k >= Math.max(floor, j - 5); k--) if (tokens[k]!.pos === 'VERB') return k;
    return null;
  }
  if (participle && t.pos === 'VERB' && !/ing$/.test(t.text)) return i;
  return null;
}

/** The antecedent of a relative "who" ("Anton, 32, who ...", "Graham—who ..."): the phrase before its comma or dash. */
function antecedent(tokens: Token[], who: number, floor: number): TokenRange | null {
  let j = who - 1;
  if (tokens[j]?.text !== ',' && !/^(--|—|–)$/.test(tokens[j]?.text ?? ''))
    return phraseEndingAt(tokens, who, floor);
  j--;
  if (tokens[j]?.pos === 'NUM' && tokens[j - 1]?.text === ',') j -= 2;
  return phraseEndingAt(tokens, j + 1, floor);
}

/** The subject of a sentence: the phrase just before its first verb. */
export function sentenceSubject(tokens: Token[], from: number, to: number): TokenRange | null {
  // the subject opens the sentence: a verb far from its start is no longer the sentence's first
  for (let i = from; i < Math.min(to, from + MAX_ASIDE); i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    let j = i - 1;
    while (j >= from && (tokens[j]!.pos === 'ADV' || SKIPPABLE_BEFORE_CUE.has(tokens[j]!.lemma))) j--;
    return phraseEndingAt(tokens, j + 1, from);
  }
  return null;
}

/**
 * The speaker after an inverted cue ('"...," said Anton, 32, who ...'), when the cue follows a
 * comma or closing quote and the phrase after it ends its clause.
 */
export function invertedSpeaker(
  tokens: Token[],
  cueStart: number,
  cueEnd: number,
  floor: number,
  limit: number,
  sameParagraph: (sentence: number) => boolean,
): TokenRange | null {
  const before = tokens[cueStart - 1];
  // the mark before may end the previous sentence ('"...?" asked Anton'), never the previous paragraph
  if (
    !before ||
    cueStart - 1 < floor - 1 ||
    (cueStart === floor && before.sentence >= 0 && !sameParagraph(before.sentence))
  )
    return null;
  if (before.text !== ',' && !isQuoteMark(before.text)) return null;
  // "..., Joe Kasper, told POLITICO": after a comma the noun after "told" is its addressee
  if (before.text === ',' && tokens[cueStart]!.lemma === 'tell') return null;
  const phrase = phraseStartingAt(tokens, cueEnd, limit);
  if (!phrase) return null;
  const next = tokens[phrase.end];
  const endsClause =
    isQuoteMark(before.text) ||
    phrase.end >= limit ||
    !next ||
    /^[,.;:!?]$/.test(next.text) ||
    isQuoteMark(next.text) ||
    next.pos === 'ADP' ||
    next.text === '(' ||
    RELATIVE_PRONOUNS.has(next.lemma);
  return endsClause ? phrase : null;
}

/**
 * The speaker left of a cue: the subject phrase, skipping auxiliaries and adverbs ("has also said"),
 * appositions and relative clauses between commas ("Polyanskiy, a Russian deputy ..., told"), a
 * relative "who" (its antecedent), coordinated subjects, or a subject shared with an earlier verb
 * ("Leavitt insisted ... and said", ", adding").
 */
export function leftSpeaker(
  tokens: Token[],
  cueStart: number,
  floor: number,
  participle: boolean,
  depth = 0,
): SpeakerFind {
  const i = skipToSubject(tokens, cueStart - 1, floor);
  const none: SpeakerFind = { ranges: [], via: 'none', leftEdge: cueStart };
  if (i < floor) return none;
  const t = tokens[i]!;
  // "refused to answer", "has sought to assure", "began thinking": the governing verb's subject
  const governing = governingVerb(tokens, i, floor, participle);
  if (governing !== null && depth < 2) {
    const found = leftSpeaker(tokens, governing, floor, false, depth + 1);
    if (found.ranges.length || found.via === 'shared') return found;
  }
  if (isAnd(t) || t.lemma === 'but' || t.lemma === 'or' || t.lemma === 'then') {
    const edge = tokens[i - 1]?.text === ',' ? i - 1 : i;
    return { ranges: [], via: 'shared', leftEdge: edge };
  }
  // '..., adding', '...," adding', '... — asserting': the participle shares the clause's subject
  if (participle && (t.text === ',' || isQuoteMark(t.text) || /^(--|—|–)$/.test(t.text))) {
    return { ranges: [], via: 'shared', leftEdge: i };
  }
  if (participle && PARTICIPLE_LINKS.has(t.lemma) && (t.pos === 'ADP' || t.pos === 'SCONJ')) {
    return { ranges: [], via: 'shared', leftEdge: i };
  }
  if (t.text === ',') {
    if (participle) return { ranges: [], via: 'shared', leftEdge: i };
    const phrase = subjectBeforeApposition(tokens, i, floor);
    return phrase ? { ranges: coordinate(tokens, phrase, floor), via: 'left', leftEdge: phrase.start } : none;
  }
  if (t.pos === 'PRON' && RELATIVE_PRONOUNS.has(t.lemma)) {
    const ante = antecedent(tokens, i, floor);
    if (ante)
      return { ranges: [{ start: i, end: i + 1 }], via: 'left', leftEdge: ante.start, resolveAs: [ante] };
  }
  const phrase = phraseEndingAt(tokens, i + 1, floor);
  if (!phrase) return none;
  const ranges = coordinate(tokens, phrase, floor);
  return { ranges, via: 'left', leftEdge: ranges[0]!.start };
}

/** Whether a phrase is a lone relative pronoun ("who", "which"), standing for the phrase before it. */
const isRelative = (tokens: Token[], r: TokenRange) =>
  r.end - r.start === 1 && tokens[r.start]!.pos === 'PRON' && RELATIVE_PRONOUNS.has(tokens[r.start]!.lemma);

/**
 * What a source phrase found by another reader (the learned tagger) stands for: the antecedent of
 * a relative "who" ("Anton, 32, who said ..."), else the phrase itself.
 */
export function sourceReferent(tokens: Token[], source: TokenRange, floor: number): TokenRange {
  return (isRelative(tokens, source) && antecedent(tokens, source.start, floor)) || source;
}

/**
 * The speaker of a cue found without one (by the learned tagger): the inverted speaker after it,
 * else the subject left of it, else, for a cue sharing its clause's subject (", adding"), the
 * sentence's subject. `paragraphOf` maps a sentence index to its paragraph.
 */
export function cueSpeaker(
  tokens: Token[],
  sentence: { tokenStart: number; tokenEnd: number; paragraph: number },
  cue: TokenRange,
  paragraphOf: (sentence: number) => number,
): TokenRange[] {
  const { tokenStart: floor, tokenEnd: limit } = sentence;
  const same = (s: number) => paragraphOf(s) === sentence.paragraph;
  const inverted = invertedSpeaker(tokens, cue.start, cue.end, floor, limit, same);
  if (inverted) return [inverted];
  const left = leftSpeaker(tokens, cue.start, floor, /ing$/i.test(tokens[cue.start]!.text));
  if (left.via === 'shared') {
    const subject = sentenceSubject(tokens, floor, cue.start);
    return subject ? [subject] : [];
  }
  return left.resolveAs ?? left.ranges;
}
