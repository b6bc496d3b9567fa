import { featureKey, hashString } from '../learn/hash.js';
import { PLACE_PREPOSITIONS, SPEECH_VERB_FORMS } from '../lexicon/contexts.js';
import { countryByCapital, countryByDemonym, countryByName } from '../lexicon/countries.js';
import {
  EVENT_HEADS,
  INSTITUTION_NAMES,
  MEDIA_HEADS,
  MEDIA_NAMES,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from '../lexicon/institutions.js';
import { HONORIFICS, isTitleHead, isTitleWord } from '../lexicon/titles.js';
import {
  isCalendarWord,
  isCommonWord,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isPersonName,
  isPersonNoun,
} from '../lexicon/words.js';

/** Features per token, at most (the trainer and the tagger share this stride). */
export const MAX_FEATURES = 112;

/** Feature templates. Ids are part of the model: append, never renumber. */
enum T {
  Bias = 1,
  Lower,
  Shape,
  Prefix2,
  Prefix3,
  Suffix2,
  Suffix3,
  Suffix4,
  CapFirst,
  PrevLower,
  NextLower,
  Prev2Lower,
  Next2Lower,
  PrevShape,
  NextShape,
  ShapeTrigram,
  Gazetteer,
  PrevGazetteer,
  NextGazetteer,
  Phrase,
  PrevBigram,
  NextBigram,
  Pos,
  PrevPos,
  NextPos,
  PosShape,
  AfterHyphen,
  LengthBucket,
  CapContext,
  PrevPhrase,
  NextPhrase,
  DocumentCue,
  VoteMajority,
  VoteAny,
  VoteNone,
  /** Transition scores live in the same table: key (Transition, previous label + 1), row = next label. */
  Transition = 100,
  End,
}

/** The key whose row scores every label after label `prev` (-1 = sentence start). */
export const transitionKey = (prev: number) => featureKey(T.Transition, prev + 1);
/** The key whose row scores every label as a sentence's last. */
export const END_KEY = featureKey(T.End, 0);

/** Word shape: letters of any script as X/x, digits as d, runs longer than two collapsed ("Xx", "dd.d"). */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
    if (out.length >= 8) break;
  }
  return out;
}

/** Capitalisation class: 1 initial capital, 2 all capitals, 3 lower, 4 digits, 5 other. */
function capClass(word: string): number {
  if (/^\p{Lu}\p{Ll}/u.test(word)) return 1;
  if (/^\p{Lu}+$/u.test(word)) return word.length > 1 ? 2 : 1;
  if (/^\p{Ll}/u.test(word)) return 3;
  if (/^\p{N}/u.test(word)) return 4;
  return 5;
}

/** Lexicon bits of a word (each bit becomes a feature). */
enum G {
  Country = 1,
  Demonym = 2,
  Capital = 4,
  TitleHead = 8,
  TitleWord = 16,
  OrganizationHead = 32,
  PlaceHead = 64,
  EventHead = 128,
  FirstName = 256,
  PersonName = 512,
  KnownPlace = 1024,
  KnownOrganization = 2048,
  Calendar = 4096,
  Common = 8192,
  PersonNoun = 16384,
  MediaHead = 32768,
}
const GAZETTEER_BITS = 16;

const gazetteerCache = new Map<string, number>();

/** The lexicon bits of one word, remembered per process. */
function gazetteer(word: string): number {
  const known = gazetteerCache.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const letters = /\p{L}/u.test(word);
  let bits = 0;
  if (letters) {
    if (countryByName(word)) bits |= G.Country;
    if (countryByDemonym(word)) bits |= G.Demonym;
    if (countryByCapital(word)) bits |= G.Capital;
    if (isTitleHead(lower)) bits |= G.TitleHead;
    if (isTitleWord(lower)) bits |= G.TitleWord;
    if (ORGANIZATION_HEADS.has(lower)) bits |= G.OrganizationHead;
    if (PLACE_HEADS.has(lower)) bits |= G.PlaceHead;
    if (EVENT_HEADS.has(lower)) bits |= G.EventHead;
    if (MEDIA_HEADS.has(lower)) bits |= G.MediaHead;
    if (isFirstName(word)) bits |= G.FirstName;
    if (isPersonName(word)) bits |= G.PersonName;
    if (isKnownPlace(word)) bits |= G.KnownPlace;
    if (isKnownOrganization(word)) bits |= G.KnownOrganization;
    if (isCalendarWord(word)) bits |= G.Calendar;
    if (isCommonWord(word)) bits |= G.Common;
    if (isPersonNoun(word)) bits |= G.PersonNoun;
  }
  if (gazetteerCache.size > 100_000) gazetteerCache.clear();
  gazetteerCache.set(word, bits);
  return bits;
}

/** Kinds of multi-word lexicon phrase ("United States", "Associated Press", "White House"). */
enum P {
  Country = 1,
  Media = 2,
  Institution = 3,
}

/** Marks tokens inside known multi-word names (2-4 words starting with a capital). */
function phrases(words: readonly string[]): Uint8Array {
  const kinds = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    let text = words[i]!;
    for (let n = 2; n <= 4 && i + n <= words.length; n++) {
      text += ` ${words[i + n - 1]}`;
      const lower = text.toLowerCase();
      const kind = MEDIA_NAMES.has(lower)
        ? P.Media
        : INSTITUTION_NAMES.has(lower)
          ? P.Institution
          : countryByName(text)
            ? P.Country
            : 0;
      if (kind) kinds.fill(kind, i, i + n);
    }
  }
  return kinds;
}

/** What the rest of a document says about a word (each bit becomes a feature). */
enum C {
  SeenLowerCase = 1,
  AfterFirstName = 2,
  AfterTitle = 4,
  AfterPlacePreposition = 8,
  BeforeSpeechVerb = 16,
  AfterThe = 32,
  BeforePossessive = 64,
  CapitalisedInside = 128,
  AfterHonorific = 256,
  BeforeFirstName = 512,
}
const CUE_BITS = 10;

/**
 * Document cues: for each capitalised word, what its other occurrences in the same document show
 * (seen in lower case, after a first name or title, after "in", before "said", ...). A surname met
 * alone ("Coase") then reads like the full name met before ("Ronald Coase").
 * @param sentences the token texts of every sentence of the document
 */
export function documentCues(sentences: readonly (readonly string[])[]): Map<string, number> {
  const cues = new Map<string, number>();
  const lowerSeen = new Set<string>();
  for (const words of sentences) for (const w of words) if (/^\p{Ll}/u.test(w)) lowerSeen.add(w);
  for (const words of sentences) {
    words.forEach((word, i) => {
      if (!/^\p{Lu}/u.test(word)) return;
      const prev = i > 0 ? words[i - 1]! : '';
      const next = words[i + 1] ?? '';
      const prevLower = prev.toLowerCase();
      let bits = cues.get(word) ?? 0;
      if (lowerSeen.has(word.toLowerCase())) bits |= C.SeenLowerCase;
      if (/^\p{Lu}/u.test(prev) && gazetteer(prev) & G.FirstName) bits |= C.AfterFirstName;
      if (/^\p{Lu}/u.test(next) && gazetteer(word) & G.FirstName) bits |= C.BeforeFirstName;
      if (prev && gazetteer(prev) & G.TitleWord) bits |= C.AfterTitle;
      if (PLACE_PREPOSITIONS.has(prev)) bits |= C.AfterPlacePreposition;
      if (SPEECH_VERB_FORMS.has(next.toLowerCase())) bits |= C.BeforeSpeechVerb;
      if (prevLower === 'the') bits |= C.AfterThe;
      if (next === "'s" || next === '’s') bits |= C.BeforePossessive;
      if (i > 0 && /^\p{Lu}/u.test(prev)) bits |= C.CapitalisedInside;
      if (HONORIFICS.has(prevLower)) bits |= C.AfterHonorific;
      cues.set(word, bits);
    });
  }
  return cues;
}

/** A sentence's features: `count[i]` keys for token `i` at `keys[i * MAX_FEATURES ...]`. */
export interface SentenceFeatures {
  keys: Uint32Array;
  counts: Uint8Array;
  /** The tokens' words: the first FORM_FEATURES keys of token `i` depend on `words[i]` alone. */
  words: readonly string[];
}

/** Every token's keys open with this many that depend on its word alone (Bias to Suffix4). */
export const FORM_FEATURES = 8;

/**
 * Positions in every token's key list of the other keys that read one word only: the token's own
 * (capital class with "first in the sentence", length bucket) or a neighbour's (lower case, shape).
 * Keys from FIXED_FEATURES on vary in number.
 */
export const ONE_WORD_KEYS = {
  capFirst: 8,
  prevLower: 9,
  nextLower: 10,
  prev2Lower: 11,
  next2Lower: 12,
  prevShape: 13,
  nextShape: 14,
  lengthBucket: 19,
} as const;
/** Keys every token has, in a fixed order. */
export const FIXED_FEATURES = 20;

/** What `sentenceFeatures` reads of one word by itself, computed once per word. */
interface WordCodes {
  lower: number;
  shape: number;
  cap: number;
  /** The word's FORM_FEATURES leading keys. */
  own: Uint32Array;
}

const wordCache = new Map<string, WordCodes>();

/** The codes of one word, remembered per process (bounded). */
function wordCodes(word: string): WordCodes {
  const known = wordCache.get(word);
  if (known) return known;
  const low = word.toLowerCase();
  const lower = hashString(low);
  const shape = hashString(wordShape(word));
  const own = Uint32Array.of(
    featureKey(T.Bias, 0),
    featureKey(T.Lower, lower),
    featureKey(T.Shape, shape),
    featureKey(T.Prefix2, hashString(low.slice(0, 2))),
    featureKey(T.Prefix3, hashString(low.slice(0, 3))),
    featureKey(T.Suffix2, hashString(low.slice(-2))),
    featureKey(T.Suffix3, hashString(low.slice(-3))),
    featureKey(T.Suffix4, hashString(low.slice(-4))),
  );
  const codes = { lower, shape, cap: capClass(word), own };
  if (wordCache.size > 100_000) wordCache.clear();
  wordCache.set(word, codes);
  return codes;
}

const BOUNDARY = hashString('<s>');

/**
 * The features of every token of a sentence. Only surface form, lexicon and (when given) predicted
 * part of speech: no gold annotation, so training and run time see the same kind of input.
 * @param words the sentence's token texts
 * @param cues document cues (`documentCues` of the whole document; by default of this sentence alone)
 * @param pos UPOS tags predicted by a tagger, when one ran
 */
export function sentenceFeatures(
  words: readonly string[],
  cues: ReadonlyMap<string, number> = documentCues([words]),
  pos?: readonly string[],
): SentenceFeatures {
  const n = words.length;
  const keys = new Uint32Array(n * MAX_FEATURES);
  const counts = new Uint8Array(n);
  const codes = words.map(wordCodes);
  const lower = codes.map((c) => c.lower);
  const shapes = codes.map((c) => c.shape);
  const caps = codes.map((c) => c.cap);
  const gaz = words.map(gazetteer);
  const tags = pos?.map(hashString);
  const kinds = phrases(words);
  const at = (array: readonly number[], i: number) => (i >= 0 && i < n ? array[i]! : BOUNDARY);
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    const low = word.toLowerCase();
    let k = i * MAX_FEATURES;
    const add = (template: number, a: number, b = 0, c = 0) => {
      keys[k++] = featureKey(template, a, b, c);
    };
    keys.set(codes[i]!.own, k); // Bias, Lower, Shape, Prefix2, Prefix3, Suffix2, Suffix3, Suffix4
    k += FORM_FEATURES;
    add(T.CapFirst, caps[i]!, i === 0 ? 1 : 0);
    add(T.PrevLower, at(lower, i - 1));
    add(T.NextLower, at(lower, i + 1));
    add(T.Prev2Lower, at(lower, i - 2));
    add(T.Next2Lower, at(lower, i + 2));
    add(T.PrevShape, at(shapes, i - 1));
    add(T.NextShape, at(shapes, i + 1));
    add(T.ShapeTrigram, at(shapes, i - 1), shapes[i]!, at(shapes, i + 1));
    add(T.PrevBigram, at(lower, i - 1), lower[i]!);
    add(T.NextBigram, lower[i]!, at(lower, i + 1));
    add(T.CapContext, at(caps, i - 1), caps[i]!, at(caps, i + 1));
    add(T.LengthBucket, Math.min(word.length, 12), caps[i]!);
    for (let bit = 0; bit < GAZETTEER_BITS; bit++) {
      if (gaz[i]! & (1 << bit)) add(T.Gazetteer, bit, caps[i]!);
      if (i > 0 && gaz[i - 1]! & (1 << bit)) add(T.PrevGazetteer, bit, caps[i - 1]!);
      if (i + 1 < n && gaz[i + 1]! & (1 << bit)) add(T.NextGazetteer, bit, caps[i + 1]!);
    }
    const cue = cues.get(word) ?? 0;
    for (let bit = 0; bit < CUE_BITS; bit++) if (cue & (1 << bit)) add(T.DocumentCue, bit);
    if (kinds[i]) add(T.Phrase, kinds[i]!);
    if (i > 0 && kinds[i - 1]) add(T.PrevPhrase, kinds[i - 1]!);
    if (i + 1 < n && kinds[i + 1]) add(T.NextPhrase, kinds[i + 1]!);
    const hyphen = low.lastIndexOf('-');
    if (hyphen > 0 && hyphen < low.length - 1) add(T.AfterHyphen, hashString(low.slice(hyphen + 1)));
    if (tags) {
      add(T.Pos, tags[i]!);
      add(T.PrevPos, at(tags, i - 1), tags[i]!);
      add(T.NextPos, tags[i]!, at(tags, i + 1));
      add(T.PosShape, tags[i]!, shapes[i]!);
    }
    counts[i] = k - i * MAX_FEATURES;
  }
  return { keys, counts, words };
}

/** Per word form, how many of its tokens the first pass put in an entity of each type (ENTITY_TYPES order). */
export type LabelVotes = Map<string, Uint16Array>;

/**
 * Counts the first pass's types per capitalised word form over a whole document, so the second
 * pass can make a name's mentions agree ("Coase ... Coase": both persons).
 * @param typeOfLabel the entity type index of a label, -1 for O
 */
export function labelVotes(
  sentences: readonly (readonly string[])[],
  labels: readonly ArrayLike<number>[],
  typeOfLabel: (label: number) => number,
  types: number,
): LabelVotes {
  const votes: LabelVotes = new Map();
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      const type = typeOfLabel(labels[s]![i]!);
      if (type < 0 || !/^\p{Lu}/u.test(word)) return;
      const row = votes.get(word) ?? new Uint16Array(types);
      row[type]!++;
      votes.set(word, row);
    });
  });
  return votes;
}

/**
 * Appends the second pass's features to a sentence's first-pass features: how the first pass typed
 * the document's mentions of each word. (The first pass's own label of the token as a feature made
 * the second pass copy it: measured worse on the inner dev split.)
 */
export function addSecondPassFeatures(
  features: SentenceFeatures,
  words: readonly string[],
  votes: LabelVotes,
): void {
  const { keys, counts } = features;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    let k = i * MAX_FEATURES + counts[i]!;
    const add = (template: number, a: number, b = 0) => {
      keys[k++] = featureKey(template, a, b);
    };
    const row = votes.get(words[i]!);
    if (row) {
      let total = 0;
      let top = 0;
      for (let t = 0; t < row.length; t++) {
        total += row[t]!;
        if (row[t]! > row[top]!) top = t;
        if (row[t]) add(T.VoteAny, t);
      }
      add(T.VoteMajority, top, Math.min(3, Math.floor((4 * row[top]!) / total)));
    } else if (/^\p{Lu}/u.test(words[i]!)) add(T.VoteNone, i === 0 ? 1 : 0);
    counts[i] = k - i * MAX_FEATURES;
  }
}
