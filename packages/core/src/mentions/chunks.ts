import { ORG_CONNECTORS } from '../lexicon/connectives.js';
import { countryByDemonym, countryByName } from '../lexicon/countries.js';
import { ORGANIZATION_HEADS } from '../lexicon/institutions.js';
import { NAME_ENDING_WORDS, NAME_PARTICLES } from '../lexicon/names.js';
import { isTitleHead, isTitleWord } from '../lexicon/titles.js';
import {
  isCalendarWord,
  isCommonWord,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isPersonName,
} from '../lexicon/words.js';
import type { EntityType } from '../text/types.js';
import { isCapitalised, type Word } from './words.js';

/** A run of capitalised words that may name something, with the words it spans. */
export interface Chunk {
  /** Index of the first word in the article's word list. */
  first: number;
  /** Index of the last word. */
  last: number;
  words: Word[];
  /** Followed by a possessive "'s". */
  possessive: boolean;
}

const MAX_NAME_WORDS = 12;
const STARTS_NOT_NAMES = new Set([
  'DET',
  'PRON',
  'CCONJ',
  'SCONJ',
  'ADP',
  'AUX',
  'PART',
  'INTJ',
  'ADV',
  'NUM',
  'VERB',
]);

/** Context the chunker needs beyond the words. */
export interface ChunkContext {
  /** The article text the words index into. */
  text: string;
  words: Word[];
  /** Lower-case forms of words written in lower case somewhere in the article. */
  lowerVocabulary: Set<string>;
  /** Words written with a capital inside a sentence somewhere in the article ("Muslim"). */
  capitalVocabulary: Set<string>;
  /** Whether the word's paragraph is a heading (every word capitalised, no final stop). */
  inHeading: (w: Word) => boolean;
  /** The entity tagger's type for these words, when one tagged entity covers most of them. */
  taggedType: (words: Word[]) => EntityType | undefined;
}

/** Whether a word begins a title: a title head, or a modifier followed by title words ("Press Secretary"). */
function startsTitle(words: Word[], w: Word): boolean {
  if (isTitleHead(w.text)) return true;
  if (!isTitleWord(w.text)) return false;
  const next = words[w.index + 1];
  return next !== undefined && isCapitalised(next) && isTitleWord(next.text);
}

/** Whether a capitalised word can begin a name where it stands. */
function canStartName(w: Word, ctx: ChunkContext): boolean {
  if (!isCapitalised(w) || w.possessive || isLabel(ctx.words, w)) return false;
  if (/^I(['’]\w+)?$/.test(w.text) || isCalendarWord(w.text)) return false;
  if (!w.sentenceStart && !ctx.inHeading(w)) return true;
  // a capital that only marks a sentence or heading start: keep it only if it looks like a name
  const lower = w.text.toLowerCase();
  if (startsTitle(ctx.words, w) || countryByDemonym(w.text) || countryByName(w.text)) return true;
  // UD treebanks tag the participles that open names as VERB ("United States", "Associated Press")
  const participle = w.pos === 'VERB' && /\p{L}ed$/u.test(lower);
  if (STARTS_NOT_NAMES.has(w.pos) && !isTitleWord(lower) && !participle) return false;
  // "United States Navy", "New Zealand": a capitalised run may start with a common word;
  // dropCommonLead trims it again when the run is not a known name
  const next = ctx.words[w.index + 1];
  if (next && next.sentence === w.sentence && canContinue(next, ctx.words)) return true;
  // "Coalition of the Willing", "Bank of England" at the start of a sentence or quotation
  if (connectorLength(ctx.words, w.index, [w]) > 0 && next?.text.toLowerCase() !== 'and') return true;
  if (isCommonWord(w.text) || ctx.lowerVocabulary.has(lower)) return false;
  // a lone capital only at sentence starts ("Comparison", "Dozens", "Initially") is a name only
  // when the article writes it with a capital elsewhere or the lexicon knows it as one
  if (ctx.capitalVocabulary.has(w.text) || knownAsName(w.text)) return true;
  // ... or when it acts ("Zelensky said", "Newsmax reported")
  const verb = next?.pos === 'ADV' ? ctx.words[w.index + 2] : next;
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** Whether the lexicon knows a word as a name, place or organisation, or it is an acronym ("NATO"). */
const knownAsName = (word: string) =>
  isPersonName(word) || isKnownPlace(word) || isKnownOrganization(word) || /^\p{Lu}[\p{Lu}.&-]+$/u.test(word);

/** A capitalised word followed by a colon is a label ("Image:", "Photo:"), not part of a name. */
const isLabel = (words: Word[], w: Word) => words[w.index + 1]?.text === ':';

/** Whether a capitalised word can continue a name (a capital mid-name is a name part). */
function canContinue(w: Word, words: Word[]): boolean {
  if (!isCapitalised(w) || w.possessive || w.text === 'I' || w.sentenceStart) return false;
  // "Theresa May" is a name; "Monday May 5" is a date
  if (isCalendarWord(w.text) && !isFirstName(words[w.index - 1]?.text ?? '')) return false;
  if (isLabel(words, w)) return false;
  const next = words[w.index + 1];
  return !(NAME_ENDING_WORDS.has(w.text.toLowerCase()) && next !== undefined && /^\p{Ll}/u.test(next.text));
}

/** "People's" inside an organisation's name ("Korean People's Army", "New People's Party"). */
function possessiveInName(words: Word[], j: number): boolean {
  const mark = words[j + 1];
  const after = words[j + 2];
  return (
    mark?.possessive === true &&
    after !== undefined &&
    canContinue(after, words) &&
    ORGANIZATION_HEADS.has(after.text.toLowerCase())
  );
}

/** A capitalised first word that is a common word and not a title ("Top", "Allies") is dropped. */
function dropCommonLead(words: Word[], ctx: ChunkContext): number {
  const whole = ctx.text.slice(words[0]!.start, words.at(-1)!.end);
  // "New Zealand", "New People's Party": the first word belongs to the name
  if (countryByName(whole) || isKnownPlace(whole) || ORGANIZATION_HEADS.has(words.at(-1)!.text.toLowerCase()))
    return 0;
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k]!;
    const leadCapital = w.sentenceStart || ctx.inHeading(w);
    if (!leadCapital || startsTitle(ctx.words, w) || countryByDemonym(w.text) || countryByName(w.text)) break;
    if (!isCommonWord(w.text) && !ctx.lowerVocabulary.has(w.text.toLowerCase())) break;
    // only a capitalised word can follow what is dropped: "Coalition of the Willing" stays whole
    if (!isCapitalised(words[k + 1]!)) break;
    k++;
  }
  return k;
}

/** How many words a connector ("of the", "and", "de") adds, or 0 when it does not join here. */
function connectorLength(words: Word[], j: number, chunk: Word[]): number {
  const next = words[j + 1];
  if (!next || next.sentence !== chunk[0]!.sentence) return 0;
  const lower = next.text.toLowerCase();
  const after = words[j + 2];
  if (NAME_PARTICLES.has(lower) && after && canContinue(after, words)) return 1;
  // "Movimento 5 Stelle", "Channel 4 News"
  if (next.pos === 'NUM' && /^\d+$/.test(next.text) && after && canContinue(after, words)) return 1;
  if (!ORG_CONNECTORS.has(lower)) return 0;
  const hasConnector = chunk.some((w) => ORG_CONNECTORS.has(w.text.toLowerCase()));
  // "and" only continues a name that already has "of"/"for" ("Ministry of Culture and Sports")
  if ((lower === 'and' || lower === '&') && !hasConnector) return 0;
  // "of"/"for"/"on" only after a single word or a title ("University of", "Minister of"):
  // "Lee Cheuk-yan of the Labour Party" is a person and an organisation
  const lastWord = chunk.at(-1)!.text.toLowerCase();
  const orgLike = isTitleWord(lastWord) || ORGANIZATION_HEADS.has(lastWord);
  // "Council on ...", "Commissioner for ...": only organisation and title heads take "on"/"for"
  if ((lower === 'on' || lower === 'for') && !orgLike) return 0;
  if (lower === 'of' && chunk.length > 1 && !orgLike && !hasConnector) return 0;
  if (after?.text.toLowerCase() === 'the' && lower !== 'and') {
    const afterThe = words[j + 3];
    return afterThe && canContinue(afterThe, words) ? 2 : 0;
  }
  return after && canContinue(after, words) ? 1 : 0;
}

/** Whether a spaced hyphen joins two capitalised words of one name ("American - Islamic"). */
function spacedHyphenJoins(words: Word[], j: number, chunk: Word[]): boolean {
  const dash = words[j + 1];
  const after = words[j + 2];
  return (
    dash !== undefined &&
    after !== undefined &&
    dash.text === '-' &&
    dash.sentence === chunk[0]!.sentence &&
    canContinue(after, words) &&
    chunk.some((w) => ORG_CONNECTORS.has(w.text.toLowerCase()))
  );
}

/**
 * Finds runs of capitalised words that may be names, joined across name particles and the
 * connectors of organisation names, never across sentences or possessives.
 * @example findChunks(ctx).map((c) => c.words.map((w) => w.text).join(' '))
 */
export function findChunks(ctx: ChunkContext): Chunk[] {
  const { words } = ctx;
  const chunks: Chunk[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!canStartName(words[i]!, ctx)) continue;
    const chunk: Word[] = [words[i]!];
    let j = i;
    // no name runs longer; text in capitals throughout must not make one huge chunk
    while (chunk.length < MAX_NAME_WORDS) {
      const next = words[j + 1];
      if (next && next.sentence === words[i]!.sentence && canContinue(next, words)) {
        chunk.push(next);
        j++;
        continue;
      }
      if (possessiveInName(words, j)) {
        chunk.push(words[j + 1]!, words[j + 2]!);
        j += 2;
        continue;
      }
      const joined = connectorLength(words, j, chunk) || (spacedHyphenJoins(words, j, chunk) ? 1 : 0);
      if (!joined) break;
      for (let k = 1; k <= joined + 1; k++) chunk.push(words[j + k]!);
      j += joined + 1;
    }
    const lead = dropCommonLead(chunk, ctx);
    const kept = chunk.slice(lead);
    i = j;
    if (kept.length === 0) continue;
    chunks.push({
      first: j - kept.length + 1,
      last: j,
      words: kept,
      possessive: words[j + 1]?.possessive ?? false,
    });
  }
  return chunks;
}
