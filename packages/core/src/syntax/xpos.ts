/**
 * Penn Treebank tags (XPOS) derived from a sentence's UPOS tags, forms and lemmas: the UPOS tag
 * fixes the family (VERB -> VB*), the inflection the member (the form against its lemma, its suffix,
 * the words before it). Rules, not a model: the few PTB distinctions Parley reads (tense, number,
 * comparison, wh-words) follow from morphology.
 */

import { POSSESSIVE_PRONOUNS } from '../lexicon/pronouns.js';

/** What the rules read of one token. */
export interface XposInput {
  form: string;
  upos: string;
  lemma: string;
}

const PUNCT_TAGS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  ',': ',',
  '.': '.',
  '!': '.',
  '?': '.',
  ':': ':',
  ';': ':',
  '-': 'HYPH',
  '(': '-LRB-',
  '[': '-LRB-',
  '{': '-LRB-',
  ')': '-RRB-',
  ']': '-RRB-',
  '}': '-RRB-',
  '"': "''",
  '“': '``',
  '”': "''",
  '‘': '``',
  '’': "''",
  "'": "''",
  '``': '``',
  "''": "''",
  $: '$',
  '#': '$',
});
/** Words tagged PRP$ (or WP$ for "whose"): the lexicon's possessive determiners plus "whose" and "thy". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([...POSSESSIVE_PRONOUNS, 'whose', 'thy']);
const WH = /^(?:who|whom|what|which|whose|whoever|whatever|whichever)$/;
const BE_HAVE = new Set(['be', 'have', 'get']);
const TO_OR_MODAL = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'do',
  "'ll",
  'wo',
  'ca',
]);

function punctTag(form: string): string {
  const known = PUNCT_TAGS[form];
  if (known) return known;
  if (/^[.!?…]+$/u.test(form)) return form.includes('…') || form.length > 1 ? ':' : '.';
  if (/^[-–—]+$/u.test(form)) return form.length > 1 || form !== '-' ? ':' : 'HYPH';
  return 'NFP';
}

/** The closest word before `i` that is not an adverb or a negation ("has not yet gone"). */
function previousHead(tokens: XposInput[], i: number): XposInput | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j]!;
    if (t.upos !== 'ADV' && t.upos !== 'PART') return t;
    if (t.lemma === 'to') return t;
  }
  return undefined;
}

function verbTag(tokens: XposInput[], i: number): string {
  const { form, upos, lemma } = tokens[i]!;
  const lower = form.toLowerCase();
  if (upos === 'AUX' && TO_OR_MODAL.has(lower) && lower !== 'do' && lower !== 'to') return 'MD';
  if (/ing$/.test(lower) && lemma !== lower) return 'VBG';
  const before = previousHead(tokens, i);
  if (lemma === 'be') {
    if (lower === 'am' || lower === "'m" || lower === 'are' || lower === "'re") return 'VBP';
    if (lower === 'is' || lower === "'s") return 'VBZ';
    if (lower === 'was' || lower === 'were') return 'VBD';
    if (lower === 'been') return 'VBN';
    if (lower === 'being') return 'VBG';
    return 'VB';
  }
  if (lower === lemma || (lemma === 'have' && lower === "'ve")) {
    if (
      before &&
      (TO_OR_MODAL.has(before.form.toLowerCase()) || before.lemma === 'to' || before.lemma === 'do')
    )
      return 'VB';
    // "let them go", "help us win": a verb right after a verb's object is bare
    if (before && i >= 2 && before.upos === 'PRON' && tokens[i - 2]!.upos === 'VERB') return 'VB';
    if (before && (before.upos === 'PRON' || before.upos === 'NOUN' || before.upos === 'PROPN')) return 'VBP';
    return i === 0 || !before ? 'VB' : 'VBP';
  }
  if (/s$/.test(lower) && !/ss$/.test(lower)) return 'VBZ';
  // past forms: after a form of be/have (or as a modifier) a participle, else a past tense
  const pastParticiple =
    before !== undefined &&
    (BE_HAVE.has(before.lemma) || before.upos === 'DET' || before.upos === 'ADJ' || before.upos === 'ADP');
  if (/(?:en|wn|ne)$/.test(lower) && !/(?:ed)$/.test(lower)) return 'VBN';
  return pastParticiple || (before === undefined && i > 0) ? 'VBN' : 'VBD';
}

function nounTag(t: XposInput, proper: boolean): string {
  const lower = t.form.toLowerCase();
  const plural = lower !== t.lemma && /s$/.test(lower);
  if (proper) return plural || (lower !== t.lemma && /(?:men|people|ies)$/.test(lower)) ? 'NNPS' : 'NNP';
  return plural || (lower !== t.lemma && !/s$/.test(t.lemma)) ? 'NNS' : 'NN';
}

function adjTag(t: XposInput): string {
  const lower = t.form.toLowerCase();
  if (lower !== t.lemma && /er$/.test(lower)) return 'JJR';
  if (lower !== t.lemma && /est$/.test(lower)) return 'JJS';
  if (lower === 'more' || lower === 'less' || lower === 'better' || lower === 'worse') return 'JJR';
  if (lower === 'most' || lower === 'least' || lower === 'best' || lower === 'worst') return 'JJS';
  return 'JJ';
}

const ADDRESS = /^(?:https?:\/\/|www\.)\S|^[\w.+-]+@[\w-]+\.\S/i;

function tagOne(tokens: XposInput[], i: number): string {
  const t = tokens[i]!;
  const lower = t.form.toLowerCase();
  if (ADDRESS.test(t.form)) return 'ADD';
  switch (t.upos) {
    case 'NOUN':
      return nounTag(t, false);
    case 'PROPN':
      return nounTag(t, true);
    case 'VERB':
    case 'AUX':
      return verbTag(tokens, i);
    case 'ADJ':
      return /^\p{Lu}/u.test(t.form) && i > 0 && tokens[i + 1]?.upos === 'PROPN' ? 'NNP' : adjTag(t);
    case 'ADV':
      if (/^(?:when|where|why|how|whenever|wherever)$/.test(lower)) return 'WRB';
      if (lower === 'more' || lower === 'less' || (lower !== t.lemma && /er$/.test(lower))) return 'RBR';
      if (lower === 'most' || lower === 'least') return 'RBS';
      return 'RB';
    case 'ADP':
      return i > 0 && tokens[i - 1]!.upos === 'VERB' && /^(?:up|out|off|down|back|away|over)$/.test(lower)
        ? 'RP'
        : 'IN';
    case 'SCONJ':
      return 'IN';
    case 'CCONJ':
      return 'CC';
    case 'DET':
      if (lower === 'all' || lower === 'both' || lower === 'half' || lower === 'such') return 'PDT';
      if (lower === 'which' || lower === 'what' || lower === 'whatever') return 'WDT';
      return 'DT';
    case 'PRON':
      if (POSSESSIVE_DETERMINERS.has(lower)) return lower === 'whose' ? 'WP$' : 'PRP$';
      if (lower === 'that' && i > 0 && tokens[i - 1]!.upos !== 'ADP') return 'WDT';
      if (lower === 'which') return 'WDT';
      if (WH.test(lower)) return 'WP';
      if (lower === 'there') return 'EX';
      if (/^(?:this|that|these|those)$/.test(lower)) return 'DT';
      if (/(?:one|body|thing)$/.test(lower)) return 'NN';
      return 'PRP';
    case 'PART':
      if (lower === 'to') return 'TO';
      if (lower === "'s" || lower === '’s' || lower === "'" || lower === '’') return 'POS';
      return 'RB';
    case 'NUM':
      return 'CD';
    case 'INTJ':
      return 'UH';
    case 'PUNCT':
      return punctTag(t.form);
    case 'SYM':
      return t.form === '$' || /^\p{Sc}$/u.test(t.form) ? '$' : 'SYM';
    case 'X':
      return /^(?:https?:|www\.|\S+@\S+\.\S)/.test(lower) ? 'ADD' : 'FW';
    default:
      return '';
  }
}

/**
 * PTB tags of one sentence's tokens, from their UPOS tags and lemmas.
 * @example xposOf([{ form: 'said', upos: 'VERB', lemma: 'say' }]) // ['VBD']
 */
export function xposOf(tokens: XposInput[]): string[] {
  let quoteOpen = false;
  return tokens.map((t, i) => {
    // straight double quotes open and close in turn (`` then '')
    if (t.form !== '"' || t.upos !== 'PUNCT') return tagOne(tokens, i);
    quoteOpen = !quoteOpen;
    return quoteOpen ? '``' : "''";
  });
}
