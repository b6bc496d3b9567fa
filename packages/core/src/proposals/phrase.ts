import { OBJECT_LEADERS } from '../lexicon/connectives.js';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { OBJECT_STOPS, SAY_VERBS, VENUE_NOUNS, WRAPPER_NOUNS } from '../lexicon/proposals.js';
import type { Token } from '../text/types.js';
import type { ProposalContext } from './context.js';

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '--', '–', '—', '.', '?', '!']);
const QUOTE = /^["“”'‘’`]+$/;

const isNominal = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM';
/** A hyphen glued to its neighbours is part of a word ("cease-fire"), not a dash. */
const isGlued = (tokens: Token[], k: number) =>
  tokens[k]!.text === '-' &&
  tokens[k - 1]?.end === tokens[k]!.start &&
  tokens[k + 1]?.start === tokens[k]!.end;

/** Whether a clause punctuation mark or quote ends the phrase at token k. */
function isBoundaryPunct(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return CLAUSE_PUNCT.has(t.text) || (t.text === '-' && !isGlued(tokens, k));
}

/** "as a venue" continues a proposal ("Moscow as a summit venue"); any other "as" ends it. */
function asContinues(tokens: Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < Math.min(end, k + 4); j++) {
    if (VENUE_NOUNS.has(tokens[j]!.lemma)) return true;
  }
  return false;
}

/** Whether a coordinator at k starts a new verb phrase or clause ("and accept ...", "and Mr. X refused"). */
function startsNewClause(tokens: Token[], k: number, end: number): boolean {
  let j = k + 1;
  while (j < end && (tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PRON'))
    j++;
  const next = tokens[j];
  return !!next && j < end && (next.pos === 'VERB' || next.pos === 'AUX') && !next.text.endsWith('ing');
}

/**
 * Where an object phrase starting at token `from` begins in earnest: complementisers, an indirect
 * object before a clause ("promised Trump he would ..."), and the clause's pronoun subject and modal
 * ("suggested that they walk ...") are skipped, so what remains is the proposal itself.
 */
export function objectStart(ctx: ProposalContext, from: number, end: number): number {
  const { tokens } = ctx;
  let i = from;
  while (i < end && (OBJECT_LEADERS.has(tokens[i]!.lemma) || QUOTE.test(tokens[i]!.text))) i++;
  const mention = ctx.mentionStartingAt(i);
  if (mention && mention.last + 1 < end && /^(PRON|SCONJ)$/.test(tokens[mention.last + 1]!.pos))
    i = mention.last + 1;
  if (tokens[i]?.lemma === 'that') i++;
  if (i < end && SUBJECT_PRONOUNS.has(tokens[i]!.lemma) && /^(AUX|VERB)$/.test(tokens[i + 1]?.pos ?? '')) {
    i++;
    while (i < end && tokens[i]!.pos === 'AUX') i++;
  }
  return i;
}

/** "demanded that Ukraine withdraw ...": a bare verb right after the clause's opening noun phrase. */
function isMandative(tokens: Token[], from: number, k: number): boolean {
  const verb = tokens[k]!;
  if (verb.pos !== 'VERB' || verb.text.toLowerCase() !== verb.lemma) return false;
  return tokens.slice(from, k).every((t) => /^(DET|ADJ|PROPN|NOUN)$/.test(t.pos));
}

/**
 * One past the last token of the object phrase starting at `from`: it ends at clause punctuation,
 * a subordinator, a relative pronoun, a new verb phrase, a purpose "to" after a complete phrase, or
 * a finite verb after a noun ("a nuclear agreement with Iran led to ...").
 * @example objectEnd(ctx, start, sentence.tokenEnd)
 */
export function objectEnd(ctx: ProposalContext, from: number, end: number): number {
  const { tokens } = ctx;
  const limit = Math.min(end, from + 25);
  let sawPreposition = false;
  let sawNoun = false;
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (k > from && isBoundaryPunct(tokens, k)) return k;
    if (k > from && OBJECT_STOPS.has(t.lemma)) return k;
    if (k > from && t.lemma === 'as' && !asContinues(tokens, k, limit)) return k;
    if (k > from && /^(that|which)$/.test(t.lemma) && prev && isNominal(prev)) return k;
    if (k > from && t.pos === 'CCONJ' && startsNewClause(tokens, k, limit)) return k;
    if (t.lemma === 'to' && t.pos === 'PART' && sawNoun && (sawPreposition || k - from > 4)) return k;
    if (
      k > from &&
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      prev &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      !t.text.endsWith('ing') &&
      !isMandative(tokens, from, k)
    )
      return k;
    if (t.pos === 'ADP') sawPreposition = true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') sawNoun = true;
  }
  return limit;
}

/** The head of the noun phrase opening tokens `from`..`to`: its last noun before a preposition. */
export function phraseHead(tokens: Token[], from: number, to: number): Token | undefined {
  let head: Token | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' || t.pos === 'VERB') break;
    if (t.pos === 'NOUN') head = t;
  }
  return head;
}

/** The first noun of tokens `from`..`to`. */
export function headNoun(tokens: Token[], from: number, to: number): Token | undefined {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'NOUN') return tokens[k];
  return undefined;
}

/**
 * A wrapper phrase ("one of the fallback options advanced by officials: expanding aid ...") points
 * to what follows its colon; returns the token after the colon when there is one within reach.
 */
export function colonTarget(ctx: ProposalContext, from: number, to: number, end: number): number | null {
  const head = ctx.tokens.slice(from, to).findLast((t) => t.pos === 'NOUN');
  if (!head || !WRAPPER_NOUNS.has(head.lemma)) return null;
  for (let k = to; k < Math.min(end, to + 12); k++) {
    if (ctx.tokens[k]!.text === ':') return k + 1;
    if (ctx.tokens[k]!.text === ';') return null;
  }
  return null;
}

/** A parenthetical ", he said," at token k: returns the token after its closing comma. */
export function skipParenthetical(ctx: ProposalContext, k: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ',') return k;
  for (let j = k + 1; j < Math.min(end, k + 7); j++) {
    if (tokens[j]!.text === ',') {
      const hasSay = tokens.slice(k + 1, j).some((t) => SAY_VERBS.has(t.lemma));
      return hasSay ? j + 1 : k;
    }
  }
  return k;
}
