import type { ActorDraft, StatementDraft } from '../extract/types.js';
import { ACTOR_PRONOUNS, FIRST_PERSON_PRONOUNS, TRANSPARENT_WORDS } from '../lexicon/pronouns.js';
import { CATENATIVE_VERBS, GROUP_NOUNS, SAY_VERBS } from '../lexicon/proposals.js';
import type { Token } from '../text/types.js';
import type { MentionRef, ProposalContext } from './context.js';
import type { Trigger } from './triggers.js';

/** Who holds a stance, how surely, and the statement that carries it. */
export interface Holding {
  actors: ActorDraft[];
  /** Index of the evidence statement, when one carries the stance. */
  statement: number | null;
  /** The holder is named right at the cue (subject, possessor, passive agent), not inferred. */
  explicit: boolean;
  /** Tokens `[from, to)` of the subject phrase at the cue, when one was read ("European nations"). */
  subject?: [number, number];
}

type Subject = { actors: ActorDraft[] } | { pronoun: number } | { description: [number, number] } | null;

const inside = (outer: [number, number], at: number) => outer[0] <= at && at < outer[1];
const uniq = (actors: ActorDraft[]) => [...new Map(actors.map((a) => [a.id, a])).values()];

/** A mention and the mentions coordinated before it ("Macron and German Chancellor Friedrich Merz"). */
function coordinated(ctx: ProposalContext, m: MentionRef, start: number): ActorDraft[] {
  const actors = [m.actor];
  let at = m.first - 1;
  let crossedAnd = false;
  // "A, B and C": a comma joins names only once an "and" has been crossed
  while (
    at > start &&
    (/^(and|&)$/.test(ctx.tokens[at]!.lemma) || (crossedAnd && ctx.tokens[at]!.text === ','))
  ) {
    const before = ctx.mentionEndingAt(at - 1);
    if (!before) break;
    crossedAnd ||= ctx.tokens[at]!.text !== ',';
    actors.unshift(before.actor);
    at = before.first - 1;
  }
  return actors;
}

/** The mention ending at token j, also through a group noun ("European nations", "Obama administration"). */
function mentionOrGroup(ctx: ProposalContext, j: number): MentionRef | undefined {
  const direct = ctx.mentionEndingAt(j);
  if (direct) return direct;
  let k = j;
  while (k > j - 2 && k >= 0 && ctx.tokens[k]!.pos === 'NOUN' && GROUP_NOUNS.has(ctx.tokens[k]!.lemma)) k--;
  return k < j ? ctx.mentionEndingAt(k) : undefined;
}

/** A description subject ("the president", "European nations") ending at token j. */
function descriptionBefore(tokens: Token[], j: number, start: number): [number, number] | null {
  if (tokens[j]?.pos !== 'NOUN') return null;
  let k = j;
  while (k > start && /^(NOUN|ADJ|PROPN)$/.test(tokens[k - 1]!.pos)) k--;
  if (tokens[k - 1]?.pos === 'DET') return [k - 1, j + 1];
  const plural = tokens[j]!.text.toLowerCase() !== tokens[j]!.lemma;
  return plural && k < j ? [k, j + 1] : null;
}

/**
 * The subject of the verb at token i, read leftwards: past auxiliaries, adverbs, catenative verbs
 * ("decided to press"), an appositive or a parenthetical (", officials said,"), and back over a
 * coordinated verb phrase ("ruled out ... but suggested").
 */
export function subjectBefore(ctx: ProposalContext, i: number, depth = 0): Subject {
  const { tokens } = ctx;
  const start = ctx.sentenceOf(i).tokenStart;
  let j = i - 1;
  const skippable = (t: Token) =>
    t.pos === 'AUX' ||
    t.pos === 'ADV' ||
    t.pos === 'PART' ||
    TRANSPARENT_WORDS.has(t.lemma) ||
    /^[[\]"“”]$/.test(t.text) ||
    (t.pos === 'VERB' && CATENATIVE_VERBS.has(t.lemma));
  while (j >= start && skippable(tokens[j]!)) j--;
  if (j < start) return null;
  const t = tokens[j]!;
  const mention = mentionOrGroup(ctx, j);
  if (mention) return { actors: coordinated(ctx, mention, start) };
  if (t.pos === 'PRON' && ACTOR_PRONOUNS.has(t.lemma)) return { pronoun: j };
  if (t.lemma === 'who') return subjectBefore(ctx, j, depth);
  if (t.text === ',') {
    let k = j - 1;
    while (k > start && tokens[k]!.text !== ',') k--;
    if (k <= start) return null;
    const between = tokens.slice(k + 1, j);
    if (between.some((b) => SAY_VERBS.has(b.lemma))) return subjectBefore(ctx, k, depth);
    const appositive = mentionOrGroup(ctx, k - 1);
    if (appositive) return { actors: coordinated(ctx, appositive, start) };
    return null;
  }
  if (t.pos === 'CCONJ' && depth < 2) {
    for (let v = j - 1; v >= start; v--) {
      if (tokens[v]!.pos !== 'VERB') continue;
      const found = subjectBefore(ctx, v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const description = descriptionBefore(tokens, j, start);
  return description ? { description } : null;
}

/** The innermost statement whose content holds token i, else one whose cue is at it. */
export function statementAt(ctx: ProposalContext, i: number): number | null {
  const at = ctx.tokens[i]!.start;
  let best: number | null = null;
  const size = (x: StatementDraft) => x.span[1] - x.span[0];
  for (const n of ctx.statementsOverlapping(ctx.tokens[i]!.sentence, at, at + 1)) {
    const s = ctx.statements[n]!;
    if (!inside(s.span, at) && !inside(s.cueSpan, at)) continue;
    if (best === null || size(s) < size(ctx.statements[best]!)) best = n;
  }
  return best;
}

/** The statement whose cue is the token range, if the attribution stage found one with a speaker. */
function statementWithCue(ctx: ProposalContext, first: number, last: number): number | null {
  const from = ctx.tokens[first]!.start;
  const to = ctx.tokens[last]!.end;
  const n = ctx.statementsOverlapping(ctx.tokens[first]!.sentence, from, to, true).find((k) => {
    const s = ctx.statements[k]!;
    return s.cueSpan[0] < to && from < s.cueSpan[1] && s.speakers.length > 0;
  });
  return n ?? null;
}

const speakersOf = (ctx: ProposalContext, n: number | null) =>
  n === null
    ? []
    : ctx.statements[n]!.speakers.flatMap((id) => ctx.resolution.actors.find((a) => a.id === id) ?? []);

/** The first actor named as a subject in a sentence (not inside a prepositional phrase). */
function sentenceSubject(ctx: ProposalContext, sentence: number): ActorDraft | undefined {
  const s = ctx.parsed.sentences[sentence];
  if (!s) return undefined;
  for (const m of ctx.mentionsIn(s.tokenStart, s.tokenEnd)) {
    let k = m.first - 1;
    while (k >= s.tokenStart && ctx.tokens[k]!.pos === 'DET') k--;
    if (k < s.tokenStart || ctx.tokens[k]!.pos !== 'ADP') return m.actor;
  }
  return undefined;
}

/** The nearest speech verb left of token i whose subject is an actor, with its statement. */
function governingSpeaker(ctx: ProposalContext, i: number, depth: number): Holding | null {
  const { tokens } = ctx;
  const start = ctx.sentenceOf(i).tokenStart;
  const quoteOf = (k: number) => ctx.parsed.quotes.find((q) => inside(q.inner, tokens[k]!.start));
  const own = quoteOf(i);
  for (let v = i - 1; v >= start; v--) {
    if (tokens[v]!.pos !== 'VERB' || !SAY_VERBS.has(tokens[v]!.lemma)) continue;
    // a speech verb quoted inside another quote governs only that quote ("has definitively stated ...")
    const q = quoteOf(v);
    if (q && q !== own) continue;
    const statement = statementWithCue(ctx, v, v) ?? statementAt(ctx, i);
    const subject = subjectBefore(ctx, v);
    if (subject && 'actors' in subject) return { actors: subject.actors, statement, explicit: false };
    const cued = statementWithCue(ctx, v, v);
    if (cued !== null) return { actors: speakersOf(ctx, cued), statement: cued, explicit: false };
    const actors = resolveSubject(ctx, subject, depth + 1);
    if (actors.length) return { actors, statement, explicit: false };
  }
  return null;
}

/**
 * Who a pronoun refers to: the resolution stage's answer first; a first person inside a quote is its
 * speaker; a plural after a list names the list ("France and Germany, ..., they want"); otherwise
 * the speaker of the clause ("Macron said he wanted"), the sentence's subject, or the last one's.
 */
function resolvePronoun(ctx: ProposalContext, j: number, depth: number): ActorDraft[] {
  const t = ctx.tokens[j]!;
  const resolved = ctx.resolution.speakerAt([t.start, t.end]);
  if (resolved) return [resolved];
  const lemma = t.lemma.toLowerCase();
  if (FIRST_PERSON_PRONOUNS.has(lemma)) {
    const n = statementAt(ctx, j) ?? previousQuoteStatement(ctx, j);
    if (n !== null) return speakersOf(ctx, n);
  }
  const s = ctx.sentenceOf(j);
  if (lemma === 'they' || lemma === 'we') {
    const list = ctx.mentionsIn(s.tokenStart, j);
    const verbBetween = ctx.tokens.slice(s.tokenStart, j).some((k) => k.pos === 'VERB' || k.pos === 'AUX');
    if (list.length > 1 && !verbBetween) return list.map((m) => m.actor);
  }
  if (depth < 2) {
    const governing = governingSpeaker(ctx, j, depth);
    if (governing?.actors.length) return governing.actors;
  }
  const subject = sentenceSubject(ctx, s.index);
  if (
    subject &&
    ctx.tokens.slice(s.tokenStart, j).some((k) => subject.mentionSpans.some((m) => m[0] === k.start))
  )
    return [subject];
  const previous = sentenceSubject(ctx, s.index - 1);
  return previous ? [previous] : [];
}

/** The statement of the closest quote in the two sentences before token i (a quote running on). */
function previousQuoteStatement(ctx: ProposalContext, i: number): number | null {
  const sentence = ctx.tokens[i]!.sentence;
  for (const k of [sentence - 1, sentence - 2]) {
    const found = ctx
      .statementsIn(k)
      .findLast((n) => ctx.statements[n]!.mode !== 'indirect' && ctx.statements[n]!.speakers.length > 0);
    if (found !== undefined) return found;
  }
  return null;
}

function resolveSubject(ctx: ProposalContext, subject: Subject, depth: number): ActorDraft[] {
  if (!subject) return [];
  if ('actors' in subject) return subject.actors;
  if ('pronoun' in subject) return resolvePronoun(ctx, subject.pronoun, depth);
  const [from, to] = subject.description;
  const actor = ctx.resolution.speakerAt(ctx.span(from, to)) ?? demonymActor(ctx, from, to);
  return actor ? [actor] : [];
}

/**
 * The actor a description's nationality word names when nothing else resolves it: "European
 * nations" → the actor known as "Europeans", "American officials" → the one known as "American".
 */
function demonymActor(ctx: ProposalContext, from: number, to: number): ActorDraft | undefined {
  for (const t of ctx.tokens.slice(from, to)) {
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN') continue;
    const forms = new Set([t.text.toLowerCase(), `${t.text.toLowerCase()}s`]);
    const actor = ctx.resolution.actors.find((a) =>
      [a.label, ...a.aliases].some((n) => forms.has(n.toLowerCase())),
    );
    if (actor) return actor;
  }
  return undefined;
}

/** The possessor of a noun cue ("Putin's offer", "her original proposal"), if any. */
function possessorOf(ctx: ProposalContext, i: number): Subject {
  const { tokens } = ctx;
  let j = i - 1;
  while (j > 0 && /^(ADJ|ADV)$/.test(tokens[j]!.pos)) j--;
  if (tokens[j]?.lemma === "'s" || tokens[j]?.text === '’s') {
    const m = mentionOrGroup(ctx, j - 1);
    return m ? { actors: [m.actor] } : null;
  }
  if (tokens[j]?.pos === 'PRON' && ACTOR_PRONOUNS.has(tokens[j]!.lemma)) return { pronoun: j };
  return null;
}

/**
 * The subject of the verb whose object a noun cue heads ("the administration is engaged in an
 * effort to ...", "Kerry made a proposal"), looking a few words back within the clause.
 */
function governingVerbSubject(ctx: ProposalContext, i: number): Subject {
  const { tokens } = ctx;
  const start = ctx.sentenceOf(i).tokenStart;
  for (let v = i - 1; v >= Math.max(start, i - 6); v--) {
    const t = tokens[v]!;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return null;
    if (t.pos === 'VERB' && !SAY_VERBS.has(t.lemma)) return subjectBefore(ctx, v);
  }
  return null;
}

/** The actor named by a passive agent phrase ("by officials in the administration"). */
function agentOf(ctx: ProposalContext, [from, to]: [number, number]): ActorDraft[] {
  const named = ctx.mentionsIn(from, to)[0];
  if (named && named.first <= from + 1) return [named.actor];
  const actor = ctx.resolution.speakerAt(ctx.span(from, to));
  return actor ? [actor] : [];
}

/**
 * The actors holding a trigger's stance and the evidence statement: the attribution stage's speaker
 * when the cue is its statement's cue; else the subject, possessor or passive agent named at the
 * cue; else the speaker of the clause (the speech verb governing it, or the statement holding it).
 * @example findHolders(ctx, trigger).actors.map((a) => a.label)
 */
export function findHolders(ctx: ProposalContext, trigger: Trigger): Holding {
  const cueStatement = trigger.kind === 'cue' ? statementWithCue(ctx, trigger.first, trigger.last) : null;
  const statement = cueStatement ?? statementAt(ctx, trigger.first);
  let local: Subject = null;
  if (trigger.agent) {
    const actors = agentOf(ctx, trigger.agent);
    if (actors.length) return { actors, statement, explicit: true };
  } else if (trigger.kind === 'cue') {
    local =
      trigger.shape === 'noun'
        ? (possessorOf(ctx, trigger.first) ?? governingVerbSubject(ctx, trigger.first))
        : subjectBefore(ctx, trigger.first);
    if (local && 'actors' in local) return { actors: uniq(local.actors), statement, explicit: true };
  }
  const subject = local && 'description' in local ? { subject: local.description } : {};
  if (cueStatement !== null)
    return { actors: speakersOf(ctx, cueStatement), statement, explicit: true, ...subject };
  const resolved = resolveSubject(ctx, local, 0);
  if (resolved.length) return { actors: uniq(resolved), statement, explicit: false, ...subject };
  // a subject was read but names no known actor ("European nations"): better no holder than a wrong one
  if (local && 'description' in local) return { actors: [], statement, explicit: false, ...subject };
  const governing = governingSpeaker(ctx, trigger.first, 0);
  if (governing?.actors.length) return { ...governing, actors: uniq(governing.actors) };
  if (statement !== null && ctx.statements[statement]!.speakers.length)
    return { actors: speakersOf(ctx, statement), statement, explicit: false };
  if (trigger.kind !== 'cue' && trigger.kind !== 'obligation') {
    // "assurances Trump had that U.S. boots would not be ...": the nearest name before the clause
    const s = ctx.sentenceOf(trigger.from);
    const before = ctx.mentionsIn(s.tokenStart, trigger.from).at(-1);
    if (before) return { actors: [before.actor], statement, explicit: false };
  }
  if (trigger.shape === 'noun') {
    // "The goal, he said, is to ...": the speaker of a parenthetical after the noun
    const after = ctx.tokens
      .slice(trigger.last + 1, trigger.last + 5)
      .findIndex((t) => SAY_VERBS.has(t.lemma));
    if (after >= 0) {
      const actors = resolveSubject(ctx, subjectBefore(ctx, trigger.last + 1 + after), 0);
      return { actors: uniq(actors), statement, explicit: false };
    }
  }
  return { actors: [], statement, explicit: false };
}
