import type { Span } from '../contract/types.js';
import { countryByDemonym, countryByName } from '../lexicon/countries.js';
import { INDEFINITE_DETERMINERS } from '../lexicon/determiners.js';
import { INSTITUTION_NAMES } from '../lexicon/institutions.js';
import { ANONYMOUS_HEADS, SOURCE_QUALIFIERS } from '../lexicon/speakers.js';
import { isTitleHead, isTitleWord } from '../lexicon/titles.js';
import { isPersonNoun } from '../lexicon/words.js';
import { isOrganizationName } from './classify.js';
import type { Mention } from './types.js';
import { isCapitalised, type Word } from './words.js';

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
const GROUP_MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const join = (words: Word[]) => words.map((w) => w.text).join(' ');
const spanOf = (words: Word[]): Span => [words[0]!.start, words.at(-1)!.end];

/** The country or institution the capitalised modifiers of a phrase name ("U.S.", "Downing Street"). */
function modifierAffiliation(modifiers: Word[]): Mention | undefined {
  const caps = modifiers.filter(isCapitalised);
  if (caps.length === 0) return undefined;
  const text = join(caps);
  const base = { span: spanOf(caps), text, sentence: caps[0]!.sentence };
  const country = countryByName(text) ?? (caps.length === 1 ? countryByDemonym(text) : undefined);
  if (country)
    return {
      ...base,
      form: countryByName(text) ? 'name' : 'demonym',
      type: 'country',
      country: country.code,
      name: country.label,
    };
  if (INSTITUTION_NAMES.has(text.toLowerCase()) || isOrganizationName(caps))
    return { ...base, form: 'name', type: 'organization', name: text };
  return undefined;
}

/** How many words a source qualifier adds after the head, at most up to the next noun. */
function qualifierLength(words: Word[], after: number, sentence: number): number {
  for (const q of SOURCE_QUALIFIERS) {
    const parts = q.split(' ');
    if (
      !parts.every(
        (p, k) => words[after + k]?.text.toLowerCase() === p && words[after + k]!.sentence === sentence,
      )
    )
      continue;
    let n = parts.length;
    while (n < parts.length + 4) {
      const w = words[after + n];
      if (!w || w.sentence !== sentence || w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') break;
      n++;
      if (w.pos === 'NOUN' || w.pos === 'PROPN') break;
    }
    return n;
  }
  return 0;
}

/**
 * Reads an indefinite phrase naming an unnamed source at word `i` ("a U.S. defense official",
 * "three sources familiar with a call", "one source"), returning it and its last word index.
 */
export function readAnonymous(words: Word[], i: number): { mention: Mention; last: number } | undefined {
  const det = words[i]!;
  if (!INDEFINITE_DETERMINERS.has(det.text.toLowerCase())) return undefined;
  let j = i + 1;
  while (j < words.length && j - i <= 5) {
    const w = words[j]!;
    if (w.sentence !== det.sentence) return undefined;
    if (ANONYMOUS_HEADS.has(w.text.toLowerCase())) break;
    if (!MODIFIER_POS.has(w.pos) && !isCapitalised(w)) return undefined;
    j++;
  }
  const head = words[j];
  if (!head || !ANONYMOUS_HEADS.has(head.text.toLowerCase())) return undefined;
  // "people" and "members" are sources only when qualified ("people familiar with the talks")
  const extra = qualifierLength(words, j + 1, det.sentence);
  if (/^(people|person|members?|figures?|officers?)$/i.test(head.text) && !extra) return undefined;
  const last = j + extra;
  const phrase = words.slice(i, last + 1);
  const affiliation = modifierAffiliation(words.slice(i + 1, j));
  const plural = /s$/i.test(head.text) || head.text.toLowerCase() === 'people';
  return {
    mention: {
      span: spanOf(phrase),
      text: join(phrase),
      form: 'anonymous',
      type: 'anonymous',
      sentence: det.sentence,
      name: join(phrase),
      plural,
      ...(affiliation ? { affiliation } : {}),
    },
    last,
  };
}

/**
 * Reads a definite description of a person at word `i` ("the Russian leader", "the president",
 * "the prime minister"), when no name follows it.
 */
export function readDescription(words: Word[], i: number): { mention: Mention; last: number } | undefined {
  const det = words[i]!;
  if (det.text.toLowerCase() !== 'the') return undefined;
  let j = i + 1;
  let country: string | undefined;
  const titleWords: Word[] = [];
  while (j < words.length && j - i <= 4 && words[j]!.sentence === det.sentence) {
    const w = words[j]!;
    const demonym = j === i + 1 ? countryByDemonym(w.text) : undefined;
    if (demonym && isCapitalised(w)) country = demonym.code;
    else if (isTitleWord(w.text)) titleWords.push(w);
    else break;
    j++;
  }
  const head = titleWords.at(-1);
  if (!head || !isTitleHead(head.text)) return undefined;
  const next = words[j];
  // "the President Donald Trump" is a name with a title, not a description
  if (next && next.sentence === det.sentence && (isCapitalised(next) || next.possessive)) return undefined;
  const phrase = words.slice(i, j);
  return {
    mention: {
      span: spanOf(phrase),
      text: join(phrase),
      form: 'description',
      type: 'person',
      sentence: det.sentence,
      title: join(titleWords),
      name: join(phrase.slice(1)),
      ...(country ? { country } : {}),
    },
    last: j - 1,
  };
}

/**
 * Reads a group noun phrase ("reporters", "European leaders", "the Europeans", "Western officials"):
 * a plural noun for people, with optional determiner and modifiers.
 */
export function readGroup(words: Word[]): Mention | undefined {
  const content = words.filter((w) => w.pos !== 'PUNCT');
  const head = content.at(-1);
  if (!head || !/s$/i.test(head.text)) return undefined;
  const lower = head.text.toLowerCase();
  if (
    !isPersonNoun(lower) &&
    !isPersonNoun(lower.replace(/s$/, '')) &&
    !ANONYMOUS_HEADS.has(lower) &&
    !countryByDemonym(head.text) &&
    !/(ans|ese|ers|ists|ians)$/.test(lower)
  )
    return undefined;
  const phrase = content[0]!.text.toLowerCase() === 'the' ? content.slice(1) : content;
  if (phrase.length === 0 || phrase.length > 5) return undefined;
  // a noun phrase: modifiers and a head, no preposition, verb or clause ("money on mailings to voters" is none)
  if (!phrase.slice(0, -1).every((w) => GROUP_MODIFIER_POS.has(w.pos) || isCapitalised(w))) return undefined;
  const affiliation = modifierAffiliation(phrase.slice(0, -1));
  return {
    span: spanOf(content),
    text: join(content),
    form: 'group',
    type: 'group',
    sentence: content[0]!.sentence,
    name: join(phrase),
    plural: true,
    ...(affiliation ? { affiliation } : {}),
  };
}

/**
 * Finds anonymous sources and definite descriptions of people in the article.
 * @example descriptionMentions(words).map((m) => m.text) // ['a U.S. defense official', 'the Russian leader']
 */
export function descriptionMentions(words: Word[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = readAnonymous(words, i) ?? readDescription(words, i);
    if (!found) continue;
    mentions.push(found.mention);
    if (found.mention.affiliation) mentions.push(found.mention.affiliation);
    i = found.last;
  }
  return mentions;
}
