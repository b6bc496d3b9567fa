import type { Span, StatementMode } from '../contract/types.js';
import { SUBORDINATORS } from '../lexicon/connectives.js';
import type { Resolution } from '../resolve/types.js';
import { isQuoteMark } from '../text/quotes.js';
import { countBefore } from '../text/sorted-search.js';
import type { ParsedText, Sentence, Token } from '../text/types.js';
import { skipLeadingAdjuncts, trimTrailingAdjuncts } from './adjuncts.js';
import { type CueMatch, cueAt, headlineColonAt } from './cues.js';
import { phraseStartingAt, type TokenRange } from './phrases.js';
import { QuoteIndex } from './quotes.js';
import { retagNames } from './retag.js';
import { invertedSpeaker, leftSpeaker, type SpeakerVia, sentenceSubject } from './speakers.js';
import type { StatementDraft } from './types.js';

type Side = 'before' | 'after' | 'both';

/**
 * How far (in tokens) a cue reaches for its content, clause or nested cues. News sentences stay
 * under a hundred tokens (PolNeAR's longest is 89); bounding the reach keeps a megabyte "sentence"
 * (text without punctuation) linear instead of quadratic.
 */
const REACH = 200;
/** At most this many reporters per statement ("A said B told C that ..." chains stop here). */
const MAX_REPORTERS = 4;

/** One cue in a sentence and everything found around it. */
interface Site {
  cue: CueMatch;
  sentence: Sentence;
  speakers: TokenRange[];
  /** The phrases the speakers stand for, when they differ (a relative "who" and its antecedent). */
  resolveAs: TokenRange[] | null;
  via: SpeakerVia;
  leftEdge: number;
  addressee: TokenRange | null;
  side: Side | null;
  content: Span | null;
  /** Speaker and addressee phrases of the attributions that carried this one ("..., sources told AFP"). */
  reporters: TokenRange[];
  /** True when this cue only reports another attribution and is not a statement itself. */
  reporterOnly: boolean;
  /** First token of this attribution's clause (after a subordinate clause before it). */
  clauseFloor: number;
  /** For a cue in a subordinate clause ("While Trump said ..., those promises ..."), the comma ending it. */
  subordinateEnd: number | null;
}

const isPassive = (tokens: Token[], i: number, floor: number) => {
  if (tokens[i]!.text.toLowerCase().endsWith('ing')) return false;
  let j = i - 1;
  while (j >= floor && (tokens[j]!.pos === 'ADV' || tokens[j]!.lemma === 'not')) j--;
  const aux = tokens[j];
  return (
    !!aux && j >= floor && (aux.lemma === 'be' || aux.lemma === 'get') && aux.text.toLowerCase() !== 'being'
  );
};

/** The cues of one sentence, outside quotations. */
function cuesOf(tokens: Token[], quotes: QuoteIndex, sentence: Sentence): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (quotes.containing(tokens[i]!.start)) continue;
    const match =
      cueAt(tokens, i, sentence.tokenEnd) ??
      headlineColonAt(tokens, i, sentence.tokenStart, sentence.tokenEnd);
    if (!match) continue;
    if (match.entry.frame !== 'source' && isPassive(tokens, i, sentence.tokenStart)) continue;
    found.push(match);
    i = match.tokenEnd - 1;
  }
  return found;
}

/** The source named after "according to": everything up to the next comma, dash or sentence end. */
function sourceAfter(tokens: Token[], from: number, limit: number): TokenRange | null {
  let end = from;
  while (end < limit && end - from < 16 && !/^([,;:.]|--|-|—|–)$/.test(tokens[end]!.text)) end++;
  return end > from ? { start: from, end } : null;
}

/** The owner of a noun cue: the name or possessor before it ("a Politico report", "Trump's claim"). */
function ownerOf(tokens: Token[], noun: number, floor: number): TokenRange | null {
  let start = noun;
  while (start > Math.max(floor, noun - 12)) {
    const t = tokens[start - 1]!;
    const owner =
      t.pos === 'PROPN' ||
      (t.pos === 'ADJ' && /^\p{Lu}/u.test(t.text)) ||
      t.lemma === "'s" ||
      (t.pos === 'PRON' && /^(his|her|their|its|our|my)$/i.test(t.text));
    if (!owner) break;
    start--;
  }
  let end = noun;
  while (end > start && /^['’]s?$/.test(tokens[end - 1]!.text)) end--;
  return end > start ? { start, end } : null;
}

/** Finds each cue's speaker (left, inverted right, or shared with the clause before). */
function siteOf(
  tokens: Token[],
  sentence: Sentence,
  cue: CueMatch,
  previous: Site | undefined,
  paragraphOf: (sentence: number) => number,
): Site {
  const site: Site = {
    cue,
    sentence,
    speakers: [],
    resolveAs: null,
    via: 'none',
    leftEdge: cue.tokenStart,
    addressee: null,
    side: null,
    content: null,
    reporters: [],
    reporterOnly: false,
    clauseFloor: sentence.tokenStart,
    subordinateEnd: null,
  };
  const { tokenStart: floor, tokenEnd: limit } = sentence;
  if (cue.entry.frame === 'source') {
    const source = sourceAfter(tokens, cue.tokenEnd, limit);
    if (source) site.speakers = [source];
    site.via = source ? 'right' : 'none';
    return site;
  }
  if (cue.entry.frame === 'noun') {
    const owner = ownerOf(tokens, cue.tokenStart, floor);
    if (owner) {
      site.speakers = [owner];
      site.via = 'left';
    }
    return site;
  }
  const inverted = invertedSpeaker(
    tokens,
    cue.tokenStart,
    cue.tokenEnd,
    floor,
    limit,
    (s) => paragraphOf(s) === sentence.paragraph,
  );
  if (inverted) {
    site.speakers = [inverted];
    site.via = 'right';
    site.leftEdge = cue.tokenStart;
    return site;
  }
  const participle = tokens[cue.tokenStart]!.text.toLowerCase().endsWith('ing');
  const left = leftSpeaker(tokens, cue.tokenStart, floor, participle);
  site.via = left.via;
  site.leftEdge = left.leftEdge;
  site.speakers = left.ranges;
  site.resolveAs = left.resolveAs ?? null;
  if (left.via === 'shared') {
    if (previous?.speakers.length) {
      site.speakers = previous.speakers;
      site.resolveAs = previous.resolveAs;
    } else {
      const subject = sentenceSubject(tokens, floor, cue.tokenStart);
      if (subject) site.speakers = [subject];
    }
  }
  return site;
}

/** Where the content after a cue starts: past the addressee ("told the BBC") and circumstances. */
function afterStart(tokens: Token[], site: Site, limit: number): number {
  let i = site.cue.tokenEnd;
  if (site.cue.entry.frame === 'tell') {
    const addressee = phraseStartingAt(tokens, i, limit);
    if (addressee && tokens[addressee.start]!.lemma !== 'that') {
      site.addressee = addressee;
      // "promised a review" has no addressee: the phrase is the content (cleared in `contentOf`)
      if (hasWords(tokens, addressee.end, limit)) i = addressee.end;
    }
  }
  if (site.via === 'right') i = site.speakers[0]!.end;
  // "declined to comment on a Politico report that ...": the topic is the content
  if (site.cue.entry.lemma.endsWith('comment'))
    return tokens[i]?.lemma === 'on' || tokens[i]?.lemma === 'about' ? i + 1 : i;
  if (site.cue.entry.frame === 'noun') return i;
  i = skipLeadingAdjuncts(tokens, i, limit);
  if (tokens[i]?.text === ':') i++;
  return thatAhead(tokens, i, limit) ?? i;
}

/**
 * A "that" opening the reported clause a few words on, past circumstances the adjunct list does
 * not know ("wrote to Sanders' Senate office that ...", "argued on the final campaign day that ...").
 */
function thatAhead(tokens: Token[], from: number, limit: number): number | null {
  for (let i = from; i < Math.min(limit, from + 10); i++) {
    const t = tokens[i]!;
    if (t.lemma === 'that' && t.pos === 'SCONJ') return i;
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'SCONJ' ||
      isQuoteMark(t.text) ||
      /^[.;:!?]$/.test(t.text)
    )
      return null;
  }
  return null;
}

const isPunct = (t: Token) => t.pos === 'PUNCT' && !isQuoteMark(t.text);

/** Whether tokens `[from, to)` hold any word (looking no further than the cue's reach). */
const hasWords = (tokens: Token[], from: number, to: number) => {
  for (let i = from; i < Math.min(to, from + REACH); i++) if (!isPunct(tokens[i]!)) return true;
  return false;
};

/** Whether the content after a cue opens with "that", a colon or a quotation mark. */
const opensClause = (tokens: Token[], site: Site, start: number) =>
  tokens[start]?.lemma === 'that' ||
  tokens[start - 1]?.text === ':' ||
  isQuoteMark(tokens[start]?.text ?? '') ||
  site.via === 'right';

/** Whether a naming cue has its two complements ("called him a liar", "called the plan \"dead\""). */
function namesSomething(tokens: Token[], start: number, limit: number): boolean {
  const object = phraseStartingAt(tokens, start, limit);
  return !!object && hasWords(tokens, object.end, limit) && tokens[object.end]!.pos !== 'ADP';
}

/** Whether tokens `[from, to)` hold a verb, i.e. a reported clause rather than circumstances. */
const hasVerb = (tokens: Token[], from: number, to: number) => {
  for (let i = from; i < Math.min(to, from + REACH); i++)
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX' || tokens[i]!.lemma === 'that') return true;
  return false;
};

/** Index of the first token at or after character `at`, searching from token `from` (binary search). */
function tokenAt(tokens: Token[], from: number, at: number): number {
  return countBefore(tokens, (t) => t.start < at, from);
}

/** The quotation or clause before a cue's own words, if the cue follows a comma or closing quote. */
function contentBefore(parsed: ParsedText, quotes: QuoteIndex, site: Site): Span | null {
  const { tokens } = parsed;
  let k = site.leftEdge - 1;
  const floor = site.sentence.tokenStart;
  if (k < floor) {
    // a sentence split right after a closing quote: '"...?" he asked.'
    const prev = tokens[k];
    if (prev && isQuoteMark(prev.text) && prev.sentence >= 0) {
      const q = quotes.endingAt(prev.end);
      if (q && parsed.sentences[prev.sentence]!.paragraph === site.sentence.paragraph) return q.outer;
    }
    return null;
  }
  if (site.via === 'shared') return null;
  const clause = Math.max(Math.min(site.clauseFloor, k), k - REACH);
  const mark = tokens[k]!;
  if (mark.text === ',' && k - 1 >= floor && isQuoteMark(tokens[k - 1]!.text)) k--;
  const at = tokens[k]!;
  if (isQuoteMark(at.text)) {
    const q = quotes.endingAt(at.end);
    if (!q) return null;
    // a quotation ending a longer clause ('... held talks to discuss "best options ...," an official told AFP')
    const from = tokens[clause]!.start;
    return q.outer[0] > from && hasWords(tokens, clause, tokenAt(tokens, clause, q.outer[0]))
      ? [from, q.outer[1]]
      : q.outer;
  }
  if (at.text !== ',' && at.text !== '--') return null;
  if (!hasWords(tokens, clause, k)) return null;
  return [tokens[clause]!.start, tokens[k - 1]!.end];
}

/** Decides which side of its cue each site's content lies on. */
function chooseSide(parsed: ParsedText, quotes: QuoteIndex, site: Site, limit: number): Side | null {
  const { tokens } = parsed;
  if (site.cue.entry.frame === 'noun') return site.speakers.length ? 'after' : null;
  if (site.cue.entry.frame === 'source') {
    const sourceEnd = site.speakers[0]?.end ?? site.cue.tokenEnd;
    return hasWords(tokens, sourceEnd, limit) && site.leftEdge === site.sentence.tokenStart
      ? 'after'
      : 'before';
  }
  const before = contentBefore(parsed, quotes, site);
  const start = afterStart(tokens, site, limit);
  if (site.cue.entry.naming && !namesSomething(tokens, start, limit)) return null;
  // a weak cue ("reported", "found") reports a clause after it only with "that", a colon or a quote
  const after = hasWords(tokens, start, limit) && !(site.cue.entry.weak && !opensClause(tokens, site, start));
  if (site.via === 'right') return before ? 'before' : null;
  const opensQuote = after && isQuoteMark(tokens[start]!.text) && !!quotes.startingAt(tokens[start]!.start);
  // 'Zelensky said "peace is near." Putin said "no."': a quotation closing the sentence before
  // belongs to that sentence's cue when this cue has its own quotation after it
  if (opensQuote && before && before[1] <= site.sentence.start) return 'after';
  // '"...," he told supporters in Nashua': a quotation right before the cue is its content
  if (before && quotes.endingAt(before[1])) return opensQuote ? 'both' : 'before';
  if (before && opensQuote) return 'after';
  if (after && (!before || hasVerb(tokens, start, limit) || site.cue.entry.frame === 'object'))
    return 'after';
  return before ? 'before' : null;
}

/** Extends a span whose end falls inside a quotation to the quotation's end. */
function closeQuote(quotes: QuoteIndex, span: Span): Span {
  const q = quotes.containing(span[1] - 1);
  return q && q.outer[0] >= span[0] && q.outer[1] > span[1] ? [span[0], q.outer[1]] : span;
}

/** Where an independent clause joined by ", but" or ";" starts, ending the reported clause before it. */
function clauseEnd(tokens: Token[], quotes: QuoteIndex, start: number, end: number): number {
  for (let i = start + 2; i < end - 2; i++) {
    const t = tokens[i]!;
    if (quotes.containing(t.start)) continue;
    const next = tokens[i + 1]!;
    // "... — asserting that ...", "..., while China's ministry ...": an aside or contrast starts
    if (/^(--|—)$/.test(t.text) && next.pos === 'VERB' && /ing$/.test(next.text)) return i;
    if (t.text === ',' && (next.lemma === 'while' || next.lemma === 'whereas')) return i;
    if (t.text !== ',' && t.text !== ';') continue;
    const clause = t.text === ';' ? next : next.lemma === 'but' ? tokens[i + 2]! : null;
    if (clause && (clause.pos === 'DET' || clause.pos === 'PRON' || clause.pos === 'PROPN')) return i;
  }
  return end;
}

/** The content span after the cue, up to `limit`, without trailing circumstances. */
function contentAfter(parsed: ParsedText, quotes: QuoteIndex, site: Site, limit: number): Span | null {
  const { tokens } = parsed;
  const start = afterStart(tokens, site, limit);
  let end = Math.min(limit, start + REACH);
  while (end > start && isPunct(tokens[end - 1]!)) end--;
  if (end <= start) return null;
  const first = tokens[start]!;
  const quote = isQuoteMark(first.text) ? quotes.startingAt(first.start) : undefined;
  if (!quote) end = trimTrailingAdjuncts(tokens, start, clauseEnd(tokens, quotes, start, end));
  if (end <= start) return null;
  return closeQuote(quotes, [first.start, tokens[end - 1]!.end]);
}

/** The content of a site once its side and limit are known. */
function contentOf(parsed: ParsedText, quotes: QuoteIndex, site: Site, limit: number): Span | null {
  const { tokens } = parsed;
  if (site.cue.entry.frame === 'source') {
    if (site.side === 'after') {
      const from = skipLeadingAdjuncts(tokens, site.speakers[0]?.end ?? site.cue.tokenEnd, limit);
      let end = Math.min(limit, from + REACH);
      while (end > from && isPunct(tokens[end - 1]!)) end--;
      return end > from ? closeQuote(quotes, [tokens[from]!.start, tokens[end - 1]!.end]) : null;
    }
    return contentBefore(parsed, quotes, site);
  }
  if (site.side === 'before') return contentBefore(parsed, quotes, site);
  const after = contentAfter(parsed, quotes, site, limit);
  if (after && site.addressee && tokens[site.addressee.start]!.start >= after[0]) site.addressee = null;
  if (site.side === 'both') {
    const before = contentBefore(parsed, quotes, site);
    if (before && after) return [before[0], after[1]];
  }
  return after;
}

/** Sites of a sentence whose own words bound the content of the sites before them. */
const boundsEarlier = (s: Site) => s.via === 'shared' || s.side === 'before';

/** For a cue inside a subordinate clause, the comma (outside quotations) where the main clause starts. */
function subordinateEnd(tokens: Token[], quotes: QuoteIndex, site: Site): number | null {
  const opener = tokens[site.leftEdge - 1];
  const floor = site.sentence.tokenStart;
  // "Asked what ..., he replied": a sentence opening with the cue's participle
  const participial = site.cue.tokenStart === floor && site.via === 'none';
  if (!participial && (!opener || site.leftEdge - 1 < floor || !SUBORDINATORS.has(opener.lemma))) return null;
  const end = Math.min(site.sentence.tokenEnd - 1, site.cue.tokenEnd + REACH);
  for (let i = site.cue.tokenEnd; i < end; i++) {
    const t = tokens[i]!;
    if (t.text !== ',' || quotes.containing(t.start)) continue;
    const next = tokens[i + 1]!;
    if (
      next.pos === 'DET' ||
      next.pos === 'PROPN' ||
      next.pos === 'NOUN' ||
      next.pos === 'PRON' ||
      next.pos === 'ADJ'
    )
      return i;
  }
  return null;
}

/** For each site, the left edge of the first later site that `bounds` it (else `end`), in one backward pass. */
function nextEdges(sites: Site[], bounds: (s: Site) => boolean, end: number): number[] {
  const edges = new Array<number>(sites.length);
  let next = end;
  for (let i = sites.length - 1; i >= 0; i--) {
    edges[i] = next;
    if (bounds(sites[i]!)) next = sites[i]!.leftEdge;
  }
  return edges;
}

/** Finds every site of one sentence with its speaker, side and content. */
function sitesOfSentence(parsed: ParsedText, quotes: QuoteIndex, sentence: Sentence): Site[] {
  const { tokens } = parsed;
  const sites: Site[] = [];
  let main: Site | undefined;
  let clauseFloor = sentence.tokenStart;
  for (const cue of cuesOf(tokens, quotes, sentence)) {
    const site = siteOf(
      tokens,
      sentence,
      cue,
      main ?? sites.at(-1),
      (i) => parsed.sentences[i]?.paragraph ?? -1,
    );
    site.subordinateEnd = subordinateEnd(tokens, quotes, site);
    site.clauseFloor = clauseFloor;
    clauseFloor = Math.max(clauseFloor, (site.subordinateEnd ?? -1) + 1);
    if (!main && (site.via === 'left' || site.via === 'right')) main = site;
    sites.push(site);
  }
  const shared = nextEdges(sites, (s) => s.via === 'shared', sentence.tokenEnd);
  const limitOf = (i: number, next: number[]) =>
    Math.min(next[i]!, sites[i]!.subordinateEnd ?? sentence.tokenEnd);
  sites.forEach((site, i) => {
    site.side = chooseSide(parsed, quotes, site, limitOf(i, shared));
  });
  // the sides are known only now, so the bounds of the content come in a second pass
  const contentBounds = nextEdges(sites, boundsEarlier, sentence.tokenEnd);
  sites.forEach((site, i) => {
    if (site.side) site.content = contentOf(parsed, quotes, site, limitOf(i, contentBounds));
  });

  linkReporters(tokens, sites);
  return sites;
}

/**
 * Nested attributions ("Trump said Putin had agreed to meet ..."): a cue with its own speaker inside
 * another's content is reported by that speaker, and its content ends where the outer one does.
 */
function nestInside(tokens: Token[], outer: Site, sites: Site[], index: number) {
  const [from, to] = outer.content!;
  // content after a cue starts past it: only later sites, up to the content's end, can lie inside
  for (let j = index + 1; j < sites.length; j++) {
    const s = sites[j]!;
    const at = tokens[s.cue.tokenStart]!.start;
    if (at >= to) break;
    if (!s.content || !s.speakers.length || s.via === 'shared' || at < from) continue;
    addReporters(s, outer.speakers);
    if (s.content[1] > to) s.content = [s.content[0], to];
  }
}

/** Adds reporters to a site, up to `MAX_REPORTERS` (long "A said B said ..." chains stay bounded). */
function addReporters(site: Site, reporters: TokenRange[]) {
  for (const r of reporters) if (site.reporters.length < MAX_REPORTERS) site.reporters.push(r);
}

/**
 * Chains: a cue whose content (before it, or after "according to") holds another attributed cue
 * only reports that attribution ("Putin proposed ..., three sources told AFP"): its speaker and
 * addressee become the inner statement's reporters.
 */
function linkReporters(tokens: Token[], sites: Site[]) {
  sites.forEach((outer, index) => {
    if ((outer.side === 'after' || outer.side === 'both') && outer.content)
      nestInside(tokens, outer, sites, index);
    if (outer.side !== 'before' || !outer.content) return;
    const [from, to] = outer.content;
    // content before a cue lies within `REACH` tokens of it, and so does the content of any earlier
    // cue overlapping it: only the sites in that window are candidates
    const reach = outer.cue.tokenStart - 2 * REACH;
    const inner: Site[] = [];
    for (let j = index - 1; j >= 0 && sites[j]!.cue.tokenStart >= reach; j--) {
      const s = sites[j]!;
      if (!s.content || !s.speakers.length) continue;
      const cue = tokens[s.cue.tokenStart]!;
      if ((cue.start >= from && cue.end <= to) || (s.content[1] > from && s.content[0] < to)) inner.push(s);
    }
    for (let j = index + 1; j < sites.length; j++) {
      const s = sites[j]!;
      const cue = tokens[s.cue.tokenStart]!;
      if (cue.start >= to) break;
      if (s.content && s.speakers.length && cue.start >= from && cue.end <= to) inner.push(s);
    }
    if (!inner.length) return;
    outer.reporterOnly = true;
    for (const s of inner)
      addReporters(s, [...outer.speakers, ...(outer.addressee ? [outer.addressee] : [])]);
  });
}

/**
 * A statement's mode: direct when the content is quotations only (apart from the attribution that
 * interrupts them: '"...," Trump said. "..."'), mixed when it holds a quotation, else indirect.
 */
export function modeOf(text: string, quotes: QuoteIndex, span: Span, cueSpan: Span): StatementMode {
  const inside = quotes.inside(span[0], span[1]);
  if (!inside.length) return 'indirect';
  if (inside[0]!.outer[0] !== span[0] || inside.at(-1)!.outer[1] !== span[1]) return 'mixed';
  const gapsAreAttribution = inside.slice(1).every((q, i) => {
    const gap: Span = [inside[i]!.outer[1], q.outer[0]];
    return !text.slice(...gap).trim() || (cueSpan[0] >= gap[0] && cueSpan[1] <= gap[1]);
  });
  return gapsAreAttribution ? 'direct' : 'mixed';
}

/**
 * The pieces of a direct statement interrupted by its own attribution ('"...," Trump said. "..."'):
 * its quotations, the frame holding the cue left out; quotations with only blanks between them stay
 * one piece. Null when nothing interrupts the content.
 */
function framedPieces(text: string, quotes: QuoteIndex, span: Span, cueSpan: Span): Span[] | null {
  const pieces: Span[] = [];
  for (const q of quotes.inside(span[0], span[1])) {
    const last = pieces.at(-1);
    if (last && !text.slice(last[1], q.outer[0]).trim()) last[1] = q.outer[1];
    else pieces.push([q.outer[0], q.outer[1]]);
  }
  const framed = pieces.slice(1).some((p, i) => cueSpan[0] >= pieces[i]![1] && cueSpan[1] <= p[0]);
  return pieces.length > 1 && framed ? pieces : null;
}

/** A discontinuous statement's text: its pieces joined by a space. */
export const joinFragments = (text: string, pieces: Span[]) => pieces.map((p) => text.slice(...p)).join(' ');

/**
 * Whether the paragraph after an attributed quotation continues it: it follows at once, opens with
 * a quotation mark and no cue in it claims its own speaker. A quotation left open at the end of
 * its paragraph always continues (the news convention); a closed one continues only when the
 * attribution ended its paragraph ('"...," Clinton said.' then a paragraph of quotation).
 */
function opensQuotedParagraph(
  parsed: ParsedText,
  here: Sentence,
  next: Sentence,
  closed: boolean,
  claimed: Claimed,
): boolean {
  if (next.paragraph !== here.paragraph + 1) return false;
  if (!closed) return true;
  const lastOfParagraph = parsed.sentences[here.index + 1]?.paragraph !== here.paragraph;
  return lastOfParagraph && !claimed.paragraphs.has(next.paragraph);
}

/** The sentences (and their paragraphs) where a cue claims content of its own. */
interface Claimed {
  sentences: Set<number>;
  paragraphs: Set<number>;
}

/** Index of the sentence holding character `at`, or of the first one after it (binary search). */
function sentenceFrom(sentences: Sentence[], at: number): number {
  return countBefore(sentences, (s) => s.end <= at);
}

/**
 * A quote continued in the following sentences or paragraph with no cue of its own: the next
 * sentence opens with a quotation that no cue claims, in the same paragraph, or in the next one
 * when the quotation was left open at the paragraph's end (the news convention).
 */
function extendByContinuation(parsed: ParsedText, quotes: QuoteIndex, span: Span, claimed: Claimed): Span {
  const { sentences } = parsed;
  let end = span[1];
  for (let guard = 0; guard < 8; guard++) {
    const last = quotes.anyEndingAt(end);
    if (!last) break;
    const hereAt = sentenceFrom(sentences, end - 1);
    const here = sentences[hereAt];
    if (!here || here.start > end - 1) break;
    let nextAt = hereAt;
    while (nextAt < sentences.length && sentences[nextAt]!.start < end) nextAt++;
    const next = sentences[nextAt];
    if (!next || claimed.sentences.has(next.index)) break;
    const sameParagraph = next.paragraph === here.paragraph;
    if (!sameParagraph && !opensQuotedParagraph(parsed, here, next, last.closed, claimed)) break;
    const q = quotes.startingAt(next.start);
    if (!q || q.outer[1] <= end) break;
    end = q.outer[1];
  }
  return [span[0], end];
}

/** Content of one function word ("said that", "told him", "declined to comment") says nothing. */
function isEmptyContent(tokens: Token[], [a, b]: Span): boolean {
  const inside: Token[] = [];
  for (let i = tokenAt(tokens, 0, a); i < tokens.length && tokens[i]!.start < b && inside.length < 2; i++) {
    const t = tokens[i]!;
    if (t.end <= b && t.pos !== 'PUNCT') inside.push(t);
  }
  // a quoted word is what was said ('Putin said "no."'), however small
  const quoted = isQuoteMark(tokens[tokenAt(tokens, 0, a)]?.text ?? '');
  return (
    inside.length === 0 ||
    (!quoted && inside.length === 1 && /^(PRON|DET|ADV|SCONJ|ADP|AUX|PART|VERB|NOUN)$/.test(inside[0]!.pos))
  );
}

/** Trims spaces off a span's edges. */
function trimSpan(text: string, [a, b]: Span): Span {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return [a, b];
}

const tokenSpan = (tokens: Token[], r: TokenRange): Span => [tokens[r.start]!.start, tokens[r.end - 1]!.end];

/** Turns a site into a statement draft, resolving speakers, reporters and addressees to actors. */
function toStatement(
  parsed: ParsedText,
  quotes: QuoteIndex,
  site: Site,
  span: Span,
  resolution: Resolution,
): StatementDraft {
  const { tokens } = parsed;
  const ids = (ranges: TokenRange[]) => [
    ...new Set(
      ranges.map((r) => resolution.speakerAt(tokenSpan(tokens, r))?.id).filter((id): id is string => !!id),
    ),
  ];
  const speakerSpan: Span | null = site.speakers.length
    ? [tokens[site.speakers[0]!.start]!.start, tokens[site.speakers.at(-1)!.end - 1]!.end]
    : null;
  const speakers = ids(site.resolveAs ?? site.speakers);
  const cueSpan: Span = [tokens[site.cue.tokenStart]!.start, tokens[site.cue.tokenEnd - 1]!.end];
  const mode = modeOf(parsed.text, quotes, span, cueSpan);
  const fragments = mode === 'direct' ? framedPieces(parsed.text, quotes, span, cueSpan) : null;
  return {
    span,
    ...(fragments ? { fragments } : {}),
    cueSpan,
    speakerSpan,
    text: fragments ? joinFragments(parsed.text, fragments) : parsed.text.slice(span[0], span[1]),
    cue: site.cue.entry.lemma,
    mode,
    sentence: site.sentence.index,
    speakers,
    reportedBy: ids(site.reporters).filter((id) => !speakers.includes(id)),
    addressedTo: site.addressee ? ids([site.addressee]) : [],
    reporterSpans: site.reporters.map((r) => tokenSpan(tokens, r)).sort((a, b) => a[0] - b[0]),
    addresseeSpan: site.addressee ? tokenSpan(tokens, site.addressee) : null,
    mentions: resolution
      .actorsIn(span)
      .map((a) => a.id)
      .filter((id) => !speakers.includes(id)),
  };
}

/**
 * Finds statements: every cue of the lexicon (reporting, belief and evaluation verbs, "according
 * to") with its speaker phrase, content (direct, indirect or mixed, on either side of the cue),
 * addressee and reporters. Reads the single parse; never re-parses.
 * @example
 * const statements = findStatements(parseText(text), resolution);
 * statements[0]?.cue; // "say"
 */
export function findStatements(source: ParsedText, resolution: Resolution): StatementDraft[] {
  const parsed = { ...source, tokens: retagNames(source.tokens) };
  const quotes = new QuoteIndex(parsed.quotes);
  const sites = parsed.sentences.flatMap((s) => sitesOfSentence(parsed, quotes, s));
  const own = sites.filter((s) => s.content && !s.reporterOnly);
  const claimed: Claimed = {
    sentences: new Set(own.map((s) => s.sentence.index)),
    paragraphs: new Set(own.map((s) => s.sentence.paragraph)),
  };
  const statements: StatementDraft[] = [];
  const seen = new Set<string>();
  for (const site of sites) {
    if (!site.content || site.reporterOnly) continue;
    let span = trimSpan(parsed.text, site.content);
    if (span[1] <= span[0] || isEmptyContent(parsed.tokens, span)) continue;
    span = extendByContinuation(parsed, quotes, span, claimed);
    const key = `${span[0]}:${span[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    statements.push(toStatement(parsed, quotes, site, span, resolution));
  }
  return statements;
}
