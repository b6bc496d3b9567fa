import type { StatementDraft } from '../attribution/types.js';
import {
  ANAPHORIC_NOUNS,
  FORCE_CONCEPTS,
  INFINITIVE_VERBS,
  MEETING_NOUNS,
  MEETING_ONLY_CONCEPTS,
  OWN_CUES,
  VAGUE_HEADS,
  VOLITION_CUES,
} from '../lexicon/proposals.js';
import type { Resolution } from '../resolve/types.js';
import type { ParsedText } from '../text/types.js';
import { type Concept, type ConceptOptions, conceptIdsAt, conceptOf, phraseLabel } from './concepts.js';
import { ProposalContext } from './context.js';
import { findHolders, type Holding } from './holders.js';
import { type Finding, mergeFindings } from './merge.js';
import { headNoun, phraseHead } from './phrase.js';
import { cueComplement, treePhrase } from './structure.js';
import { findTriggers, type Trigger } from './triggers.js';
import type { ProposalDraft } from './types.js';

/** Whether an object phrase only points back to a proposal already named. */
function pointsBack(ctx: ProposalContext, t: Trigger): boolean {
  if (t.to <= t.from) return true;
  const head = phraseHead(ctx.tokens, t.from, t.to);
  const first = ctx.tokens[t.from]!;
  if (first.pos === 'PRON' && ANAPHORIC_NOUNS.has(first.lemma)) return true;
  const verbs = ctx.tokens.slice(t.from, t.to).filter((x) => x.pos === 'VERB');
  // "refused to extend it": a verb on a pronoun
  if (verbs.length === 1 && ctx.tokens[t.to - 1]!.pos === 'PRON') return true;
  return (
    !!head &&
    ANAPHORIC_NOUNS.has(head.lemma) &&
    !/^(of|for|to)$/.test(ctx.tokens[head.index + 1]?.lemma ?? '')
  );
}

/** Whether an object names nothing concrete ("help them with things"). */
function isVague(ctx: ProposalContext, t: Trigger): boolean {
  const head = headNoun(ctx.tokens, t.from, t.to);
  return !head || VAGUE_HEADS.has(head.lemma);
}

/** Names what a trigger's object proposes, within the concepts its kind allows. */
function conceptFor(ctx: ProposalContext, t: Trigger, holding: Holding): Concept | null {
  if (t.kind === 'obligation' && t.label)
    return { id: `other:${t.label.toLowerCase()}`, category: 'other', label: t.label, partial: false };
  const options = {
    holders: holding.actors,
    own: t.kind === 'cue' && t.stance === 'proposes' && OWN_CUES.has(t.lemma),
    prospect: t.kind === 'prospect',
    ...(holding.subject ? { subject: holding.subject } : {}),
    ...(t.kind === 'refusal'
      ? { only: FORCE_CONCEPTS }
      : t.kind === 'prospect'
        ? { only: MEETING_ONLY_CONCEPTS }
        : {}),
  };
  const concept = conceptOf(ctx, t.from, t.to, options);
  if (t.pointer) return concept ?? namedPointer(ctx, t);
  // a deal named by its own words ("the agreement to restructure the debt") reads best from the tree
  if (concept?.id.startsWith('agreement:')) return generalConcept(ctx, t) ?? concept;
  if (concept && !outsideHead(ctx, t, options)) return concept;
  if (concept) return generalConcept(ctx, t) ?? concept;
  if (t.kind === 'cue' && isVague(ctx, t)) {
    // "willing to help them with things, especially ... by air": the concept comes later
    const end = ctx.sentenceOf(t.first).tokenEnd;
    const later = conceptOf(ctx, t.to, end, options);
    if (later) {
      t.to = end;
      return later;
    }
  }
  const general = generalConcept(ctx, t);
  if (general) return general;
  // the tree read the cue's complement and found no proposal in it: the words after the cue are no better
  if (!t.strong || hasComplement(ctx, t)) return null;
  // "polls suggest a tightening race" is a reading, not a proposal; "suggested that they walk ..." is
  if (t.lemma === 'suggest' && ctx.tokens[t.from]?.pos !== 'VERB') return null;
  const label = phraseLabel(ctx.tokens, t.from, t.to);
  if (!label) return null;
  const head = headNoun(ctx.tokens, t.from, t.to);
  if (head && VAGUE_HEADS.has(head.lemma) && label.split(' ').length <= 3) return null;
  return { id: `other:${label.toLowerCase()}`, category: 'other', label, partial: false };
}

/**
 * A possessed proposal noun named by its own modifiers ("Obama's Gitmo plan" → "Gitmo plan", "his
 * Supreme Court nominee"); a bare or merely qualified one ("his latest plan") names none.
 */
function namedPointer(ctx: ProposalContext, t: Trigger): Concept | null {
  const words = ctx.tokens.slice(t.from, t.to).filter((k) => k.pos !== 'DET' && k.pos !== 'PRON');
  const named = words.slice(0, -1).some((k) => k.pos === 'NOUN' || k.pos === 'PROPN');
  if (!named) return null;
  const label = phraseLabel(ctx.tokens, t.from, t.to);
  return label ? { id: `other:${label.toLowerCase()}`, category: 'other', label, partial: false } : null;
}

/** Whether the verb at k is a bare form or carries "should" / "to": proposed, not stated. */
function isSubjunctive(ctx: ProposalContext, k: number): boolean {
  const tree = ctx.treeAt(k);
  const aux = tree.dependents(k, 'aux', 'mark').map((a) => ctx.tokens[a]!.lemma);
  if (aux.some((a) => a === 'should' || a === 'to')) return true;
  return ctx.tokens[k]!.xpos === 'VB' && !aux.some((a) => a !== 'that');
}

/** Whether the tree gives a cue trigger a complement at all. */
function hasComplement(ctx: ProposalContext, t: Trigger): boolean {
  if (t.kind !== 'cue' || t.shape === 'clause') return false;
  return (
    cueComplement(ctx.treeAt(t.first), ctx.tokens, { first: t.first, last: t.last, shape: t.shape }) >= 0
  );
}

/**
 * Whether the concept of a trigger's object lies only in a complement of its head noun ("a ban on
 * assault weapons" is a ban, not weapons aid): the head with its modifiers names no concept.
 */
function outsideHead(ctx: ProposalContext, t: Trigger, options: ConceptOptions): boolean {
  if (t.kind !== 'cue' || t.shape === 'clause') return false;
  const phrase = treePhrase(ctx, { first: t.first, last: t.last, shape: t.shape });
  if (phrase?.kind !== 'noun') return false;
  const { tokens } = ctx;
  if (conceptIdsAt(tokens[phrase.head]!).length > 0) return false;
  if (tokens.slice(phrase.from, phrase.head + 1).some((k) => k.pos === 'PROPN')) return false;
  return phrase.head + 1 < phrase.to && !conceptOf(ctx, phrase.from, phrase.head + 1, options);
}

/**
 * A proposal no concept of the lexicon names, read from the cue's complement in the sentence's tree
 * ("called for a special prosecutor to investigate ...", "vowed to repeal the law"); the trigger's
 * object becomes the phrase's tokens.
 */
function generalConcept(ctx: ProposalContext, t: Trigger): Concept | null {
  if (t.kind !== 'cue' || t.bound) return null;
  const shape = t.shape === 'clause' ? null : t.shape;
  if (!shape) return null;
  const phrase = treePhrase(ctx, { first: t.first, last: t.last, shape });
  if (!phrase) return null;
  // "scuttle the proposal" points back; "scuttle a proposal that would ban bags" names its content
  const unwrapped = !ANAPHORIC_NOUNS.has(ctx.tokens[phrase.head]!.lemma) && phrase.head >= t.to;
  if (t.anaphoric && pointsBack(ctx, t) && !unwrapped) return null;
  // "polls suggest a tight race" is a reading, "threatening our health system" a danger; with an
  // infinitive or clause they propose
  if (INFINITIVE_VERBS.has(t.lemma) && phrase.kind === 'noun') return null;
  // "surveys suggest that Republicans find him unlikable": a suggested clause proposes only as a
  // bare subjunctive or with "should" ("suggested that they walk ...")
  if (INFINITIVE_VERBS.has(t.lemma) && phrase.kind !== 'noun' && !isSubjunctive(ctx, phrase.head))
    return null;
  // "plans to attend the caucuses", "wants to emerge as the candidate": one's own intent is a plan of
  // one's own, not a proposal, unless it is put to others ("wants the summit to take place")
  if (VOLITION_CUES.has(t.lemma) && t.shape !== 'noun' && phrase.kind === 'verb') return null;
  t.from = phrase.from;
  t.to = phrase.to;
  return {
    id: `other:${phrase.label.toLowerCase()}`,
    category: 'other',
    label: phrase.label,
    partial: false,
  };
}

/**
 * The proposal an object-less refusal or endorsement points back to ("Mr. Obama demurred", "refused
 * to extend it", "supported the idea"): the closest concept named in the last three sentences that
 * is a proposal already, else the latest proposal in that window.
 */
function antecedent(ctx: ProposalContext, t: Trigger, found: Finding[]): Finding | undefined {
  const window = found.filter(
    (f) => f.concept && f.trigger.sentence >= t.sentence - 3 && f.trigger.first < t.first,
  );
  if (window.length === 0) return undefined;
  if (t.pointer) {
    // "his proposal", "Solomon's amendment": a course of action, not the meeting where it is debated
    const actions = window.filter((f) => !MEETING_CATEGORIES.has(f.concept!.category));
    if (actions.length > 0) return actions.at(-1);
  }
  const windowStart = ctx.parsed.sentences[Math.max(0, t.sentence - 3)]!.tokenStart;
  for (let k = t.first - 1; k >= windowStart; k--) {
    const token = ctx.tokens[k]!;
    const ids = MEETING_NOUNS.has(token.lemma) ? ['meeting', 'venue', 'timing'] : conceptIdsAt(token);
    if (ids.length === 0) continue;
    const match = window.findLast((f) => ids.includes(f.concept!.id));
    if (match) return match;
  }
  return window.at(-1);
}

/**
 * "voted against the ban", "backing this wall": a short definite phrase whose head noun heads a
 * proposal named before in the article is that proposal.
 */
function namedBefore(ctx: ProposalContext, t: Trigger, found: Finding[]): Finding | undefined {
  const { tokens } = ctx;
  if (t.kind !== 'cue' || t.to - t.from > 3 || t.to <= t.from) return undefined;
  const first = tokens[t.from]!;
  if (!(first.pos === 'DET' || first.pos === 'PRON') || first.lemma === 'a' || first.lemma === 'an')
    return undefined;
  const head = phraseHead(tokens, t.from, t.to);
  if (!head || VAGUE_HEADS.has(head.lemma)) return undefined;
  const word = new RegExp(`\\b${head.lemma.replace(/[^\p{L}\p{N}]/gu, '')}`, 'iu');
  return found.findLast((f) => f.concept && f.trigger.first < t.first && word.test(f.concept.label));
}

const MEETING_CATEGORIES = new Set(['meeting', 'venue', 'timing']);

/** Triggers inside another's object only count with their own named holder ("ready to offer" is one). */
function insideEarlier(t: Trigger, accepted: Finding[]): boolean {
  return accepted.some(
    (f) => f.trigger.sentence === t.sentence && t.first >= f.trigger.from && t.first < f.trigger.to,
  );
}

/**
 * Finds proposals (offers, demands, plans, options, wishes, timings) and the stances actors take on
 * them, each with its evidence statement and span; the same proposal named twice in the article,
 * or refused by reference ("said no to meeting in the capital ...", "demurred"), is one proposal.
 * @example
 * const parsed = parseText(text);
 * const resolution = resolveActors(parsed, findMentions(parsed));
 * findProposals(parsed, resolution, findStatements(parsed, resolution)).map((p) => p.label);
 * // ['U.S. troops on the ground', 'U.S. air support', ...]
 */
export function findProposals(
  parsed: ParsedText,
  resolution: Resolution,
  statements: StatementDraft[],
): ProposalDraft[] {
  const ctx = new ProposalContext(parsed, resolution, statements);
  const found: Finding[] = [];
  for (const trigger of findTriggers(ctx)) {
    const holding = findHolders(ctx, trigger);
    if (insideEarlier(trigger, found) && !holding.explicit) continue;
    const concept = conceptFor(ctx, trigger, holding);
    const named = concept ? null : namedBefore(ctx, trigger, found);
    if (concept) found.push({ trigger, holding, concept });
    else if (named) found.push({ trigger, holding, concept: named.concept });
    else if (trigger.anaphoric && pointsBack(ctx, trigger)) {
      // "rejected the idea", "demurred": the proposal just named
      const target = antecedent(ctx, trigger, found);
      if (target) found.push({ trigger, holding, concept: target.concept });
    }
  }
  // a proposal nobody is found to hold is a phrase read, not a position taken
  return mergeFindings(ctx, found).filter((p) => p.stances.length > 0);
}
