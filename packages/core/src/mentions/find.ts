import { isCreditLine } from '../lexicon/credits.js';
import { countBefore } from '../text/sorted-search.js';
import type { EntitySpan, EntityType, ParsedText } from '../text/types.js';
import type { ChunkContext } from './chunks.js';
import { descriptionMentions } from './descriptions.js';
import { nameMentions } from './names.js';
import { pronounMentions } from './pronouns.js';
import type { Mention } from './types.js';
import { toWords, type Word } from './words.js';
import { quotedTitle } from './works.js';

/**
 * A short paragraph without final punctuation is a heading, dateline or caption ("- Allies
 * discuss next steps -"); a long one is body text that lost its full stop.
 */
const isHeadingText = (text: string) => text.length <= 160 && !/[.!?"”’'…:)\]]$/.test(text.trim());

/** Small words a title-case headline leaves in lower case ("Calling Obama the Founder of ISIS"). */
const TITLE_CASE_SMALL = /^(a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs?\.?|is|be)$/;

/**
 * Whether a paragraph is a title-case headline that kept its final stop ("Donald Trump Is Now
 * Calling Obama The Founder Of ISIS."): four words or more, every one but the small words capitalised.
 */
function isTitleCase(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const content = words.filter((w) => w && !TITLE_CASE_SMALL.test(w));
  return text.length <= 200 && words.length >= 4 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** The context every mention finder reads: words, headings and the article's lower-case vocabulary. */
export function mentionContext(parsed: ParsedText): ChunkContext {
  const words = toWords(parsed);
  const headingParagraphs = new Set(
    parsed.paragraphs.flatMap(([a, b], p) => {
      const text = parsed.text.slice(a, b);
      return isHeadingText(text) || (p === 0 && isTitleCase(text)) ? [p] : [];
    }),
  );
  const lowerVocabulary = new Set<string>();
  const capitalVocabulary = new Set<string>();
  for (const w of words) {
    if (/^\p{Ll}/u.test(w.text)) lowerVocabulary.add(w.text);
    else if (!w.sentenceStart && /^\p{Lu}/u.test(w.text)) capitalVocabulary.add(w.text);
  }
  const inHeading = (w: Word) => headingParagraphs.has(parsed.sentences[w.sentence]?.paragraph ?? -1);
  const taggedType = (chunk: Word[]) => taggedTypeOf(parsed.entities, chunk);
  return { text: parsed.text, words, lowerVocabulary, capitalVocabulary, inHeading, taggedType };
}

/** Confidence below which the entity tagger's type is not used. */
const MIN_ENTITY_SCORE = 0.6;

/**
 * The type of the tagged entity that shares more than half of its characters and at least half of
 * the words' characters with them (the tagger and the chunker cut names slightly differently: "the Fed"
 * against "Fed").
 */
export function taggedTypeOf(entities: readonly EntitySpan[], words: Word[]): EntityType | undefined {
  if (!words.length) return undefined;
  const start = words[0]!.start;
  const end = words.at(-1)!.end;
  // entities are disjoint and in text order: those ending by `start` share nothing with the words
  for (let i = countBefore(entities, (e) => e.span[1] <= start); i < entities.length; i++) {
    const e = entities[i]!;
    if (e.span[0] >= end) break;
    const overlap = Math.min(end, e.span[1]) - Math.max(start, e.span[0]);
    const covers = overlap * 2 >= end - start && overlap * 2 > e.span[1] - e.span[0];
    if (covers && e.score >= MIN_ENTITY_SCORE) return e.type;
  }
  return undefined;
}

/** Orders mentions by position and drops exact repeats (an affiliation found by two finders). */
function sortUnique(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
    .filter((m) => {
      const key = `${m.span[0]}:${m.span[1]}:${m.form}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Finds every mention of a possible actor in a parsed article: names (people, organisations,
 * media, countries, demonyms, capitals), descriptions, anonymous sources and pronouns.
 * @example findMentions(parseText('Russian President Vladimir Putin said he would go.')).map((m) => m.text)
 * // ['Russian', 'Russian President Vladimir Putin', 'he']
 */
export function findMentions(parsed: ParsedText): Mention[] {
  const ctx = mentionContext(parsed);
  const credits = creditSentences(parsed);
  const found = [...nameMentions(ctx), ...descriptionMentions(ctx.words), ...pronounMentions(ctx.words)];
  const headingSentence = (s: number) => ctx.inHeading({ sentence: s } as Word);
  for (const m of found) m.heading ??= headingSentence(m.sentence);
  // a credit line's people wrote the article; its outlet ("Reuters contributed to this report") carried it
  const credited = (m: Mention) => credits.has(m.sentence) && (m.type === 'person' || m.form === 'pronoun');
  return sortUnique(found.filter((m) => !credited(m) && readTitle(parsed, m)));
}

/**
 * Reads a quoted title as what it is: a programme's name becomes a media outlet, another work's
 * name no actor (false: drop it). Every other mention is kept as it is.
 */
function readTitle(parsed: ParsedText, m: Mention): boolean {
  if (m.form !== 'name' || m.type !== 'person' || !parsed.quotes.length) return true;
  const title = quotedTitle(parsed.text, parsed.quotes, m);
  if (title === 'programme') m.type = 'media';
  return title !== 'work';
}

/** Sentences that are credit lines (bylines, "Follow X on Twitter"): their people are not actors. */
function creditSentences(parsed: ParsedText): Set<number> {
  const credits = new Set<number>();
  for (const s of parsed.sentences) if (isCreditLine(parsed.text.slice(s.start, s.end))) credits.add(s.index);
  return credits;
}
