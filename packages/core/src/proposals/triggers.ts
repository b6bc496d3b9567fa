import { ATTRIBUTIVE_BEFORE } from '../lexicon/determiners.js';
import { POSSESSIVE_PRONOUNS } from '../lexicon/pronouns.js';
import {
  ANAPHORIC_NOUNS,
  DIRECTIVE_ONLY,
  DIRECTIVES,
  HOLD_VERBS,
  INFINITIVE_NOUNS,
  MEETING_NOUNS,
  MODALS,
  NEGATORS,
  OPTION_NOUNS,
  POINTER_NOUNS,
  STANCE_CUES,
  type StanceCue,
  VAGUE_HEADS,
} from '../lexicon/proposals.js';
import type { Sentence, Token } from '../text/types.js';
import type { ProposalContext } from './context.js';
import { colonTarget, objectEnd, objectStart, skipParenthetical } from './phrase.js';
import { obligationPhrase } from './structure.js';
import type { Stance } from './types.js';

/**
 * How a stance was expressed:
 * - `cue`: a stance verb, adjective or noun ("proposed", "ready to", "offer of");
 * - `option`: a thing called an option ("the use of air power was an option");
 * - `prospect`: a meeting said to happen ("the summit could take place in two weeks");
 * - `refusal`: a force said not to come ("U.S. boots will not be on the ground");
 * - `obligation`: an act put to someone by whoever says it ("Britain should remain in the EU").
 */
export type TriggerKind = 'cue' | 'option' | 'prospect' | 'refusal' | 'obligation';

/** A place in a sentence where an actor takes a stance on something, and that something's tokens. */
export interface Trigger {
  kind: TriggerKind;
  stance: Stance;
  /** The cue's words ("rule out"), or the kind for the other triggers. */
  lemma: string;
  /** Cue tokens, inclusive. */
  first: number;
  last: number;
  /** Object phrase tokens `[from, to)`. */
  from: number;
  to: number;
  /** Passive agent tokens `[from, to)` ("advanced by officials in the administration"). */
  agent?: [number, number];
  sentence: number;
  anaphoric: boolean;
  strong: boolean;
  negated: boolean;
  shape: StanceCue['shape'] | 'clause';
  /** A possessed proposal noun ("Obama's Gitmo plan", "his proposal"): its possessor proposes it. */
  pointer?: boolean;
  /** The cue names no proposal of its own (see `StanceCue.bound`). */
  bound?: boolean;
  /** The label read with the trigger (obligations). */
  label?: string;
}

/** Parts of speech a stance cue can start with. */
const CUE_POS = new Set(['VERB', 'NOUN', 'ADJ']);

const FLIP: Record<Stance, Stance> = { proposes: 'rejects', supports: 'rejects', rejects: 'supports' };

const posFits = (cue: StanceCue, t: Token) =>
  cue.shape === 'verb'
    ? t.pos === 'VERB'
    : cue.shape === 'noun'
      ? t.pos === 'NOUN'
      : t.pos === 'ADJ' || t.pos === 'VERB';

/** The cue starting at token i and its last token, allowing an adverb inside ("pressed privately for"). */
function matchCue(tokens: Token[], i: number, end: number): { cue: StanceCue; last: number } | null {
  const t = tokens[i]!;
  const entries = STANCE_CUES.get(t.lemma) ?? STANCE_CUES.get(t.text.toLowerCase());
  for (const cue of entries ?? []) {
    if (!posFits(cue, t)) continue;
    let at = i;
    let ok = true;
    for (const word of cue.words.slice(1)) {
      at++;
      if (at < end && tokens[at]!.pos === 'ADV' && tokens[at]!.lemma !== word) at++;
      if (at >= end || tokens[at]!.lemma !== word) {
        ok = false;
        break;
      }
    }
    if (ok) return { cue, last: at };
  }
  return null;
}

/** Whether a negator stands just before token i ("nobody [had] rejected", "did not want"). */
function isNegated(tokens: Token[], i: number, start: number): boolean {
  for (let j = i - 1; j >= Math.max(start, i - 4); j--) {
    const t = tokens[j]!;
    if (NEGATORS.has(t.lemma) || NEGATORS.has(t.text.toLowerCase())) return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || /^[[\]"“”]$/.test(t.text))) return false;
  }
  return false;
}

/** Start of the noun phrase ending just before token k ("any summit between the leaders"). */
function nounPhraseBefore(tokens: Token[], k: number, start: number): number {
  let j = k - 1;
  while (j >= start) {
    const t = tokens[j]!;
    const inside =
      /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) ||
      t.lemma === "'s" ||
      t.lemma === 'of' ||
      t.lemma === 'between' ||
      (t.text === '-' && tokens[j - 1]?.end === t.start);
    if (!inside) break;
    j--;
  }
  return j + 1;
}

const hasNoun = (tokens: Token[], from: number, to: number, test: (t: Token) => boolean = () => true) =>
  tokens.slice(from, to).some((t) => t.pos === 'NOUN' && test(t));

/** The object of a cue: its complement, past a directive's addressee, or a wrapper's colon. */
function cueObject(
  ctx: ProposalContext,
  cue: StanceCue,
  first: number,
  last: number,
  end: number,
): { from: number; to: number; agent?: [number, number] } | null {
  const { tokens } = ctx;
  let from = last + 1;
  if (cue.shape === 'noun') {
    from = skipParenthetical(ctx, from, end);
    if (tokens[from]?.lemma === 'be') from++;
    const next = tokens[from];
    if (cue.words.length > 1) {
      // the preposition is part of the cue ("resistance to")
    } else if (INFINITIVE_NOUNS.has(cue.words[0]!)) {
      if (next?.lemma !== 'to' || tokens[from + 1]?.pos !== 'VERB') return null;
    } else if (!next || !/^(of|for|to|that)$/.test(next.lemma)) return null;
  }
  if (cue.shape === 'verb' && DIRECTIVES.has(cue.words.join(' '))) {
    const to = tokens.slice(from, Math.min(end, from + 5)).findIndex((t) => t.lemma === 'to');
    const control = to > 0 && tokens[from + to + 1]?.pos === 'VERB';
    if (control) from = from + to + 1;
    else if (DIRECTIVE_ONLY.has(cue.words[0]!)) return null;
  }
  const passive =
    cue.shape === 'verb' &&
    tokens[last + 1]?.lemma === 'by' &&
    tokens[first - 1]?.pos === 'NOUN' &&
    /ed$/.test(tokens[first]!.text);
  if (passive) {
    const npStart = nounPhraseBefore(tokens, first, ctx.sentenceOf(first).tokenStart);
    const agentEnd = objectEnd(ctx, last + 2, end);
    const target = colonTarget(ctx, npStart, first, end);
    const objFrom = target ?? npStart;
    const objTo = target ? objectEnd(ctx, target, end) : first;
    return { from: objFrom, to: objTo, agent: [last + 2, agentEnd] };
  }
  // "floated for summits", "offered by ...": a bare participle, not an act of proposing
  if (
    cue.shape === 'verb' &&
    cue.words.length === 1 &&
    /^(for|by|in|at|on|with)$/.test(tokens[from]?.lemma ?? '')
  )
    return null;
  const start = objectStart(ctx, from, end);
  const stop = objectEnd(ctx, start, end);
  const target = colonTarget(ctx, start, stop, end);
  if (target !== null) return { from: target, to: objectEnd(ctx, target, end) };
  return { from: start, to: stop };
}

/** The noun phrase after an attributive cue ("his proposed ban on ...", "Obama's push for a deal"). */
function attributiveObject(ctx: ProposalContext, last: number, end: number): { from: number; to: number } {
  const from = objectStart(ctx, last + 1, end);
  return { from, to: objectEnd(ctx, from, end) };
}

/** Stance cues of one sentence. */
function cueTriggers(ctx: ProposalContext, s: Sentence): Trigger[] {
  const { tokens } = ctx;
  const out: Trigger[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!CUE_POS.has(tokens[i]!.pos)) continue;
    const match = matchCue(tokens, i, s.tokenEnd);
    if (!match) continue;
    const { cue, last } = match;
    // "his proposed ban", "the rejected plan": a participle before its noun, held by the possessor
    const attributive = cue.shape === 'verb' && ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.lemma ?? '');
    const shape = attributive ? 'noun' : cue.shape;
    const object = attributive
      ? attributiveObject(ctx, last, s.tokenEnd)
      : cueObject(ctx, cue, i, last, s.tokenEnd);
    if (!object) continue;
    const negated = isNegated(tokens, i, s.tokenStart);
    out.push({
      kind: 'cue',
      stance: negated ? FLIP[cue.stance] : cue.stance,
      lemma: cue.words.join(' '),
      first: i,
      last,
      ...object,
      sentence: s.index,
      anaphoric: cue.anaphoric,
      strong: cue.strong && !negated,
      negated,
      shape,
      bound: cue.bound,
    });
    i = last;
  }
  return out;
}

/** Start of the clause holding token k: after "that", a comma, a coordinator or the sentence start. */
function clauseStart(tokens: Token[], k: number, start: number): number {
  let j = k - 1;
  while (j >= start && !/^(SCONJ|CCONJ)$/.test(tokens[j]!.pos) && !/^(that|,|;|:)$/.test(tokens[j]!.text))
    j--;
  return j + 1;
}

/** "X was an option": X is supported by whoever says so. */
function optionTriggers(ctx: ProposalContext, s: Sentence): Trigger[] {
  const { tokens } = ctx;
  const out: Trigger[] = [];
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    if (!OPTION_NOUNS.has(tokens[i]!.lemma) || tokens[i]!.pos !== 'NOUN') continue;
    let be = i - 1;
    while (be > s.tokenStart && /^(DET|ADJ|PUNCT)$/.test(tokens[be]!.pos)) be--;
    if (tokens[be]!.lemma !== 'be') continue;
    const from = clauseStart(tokens, be, s.tokenStart);
    if (from >= be) continue;
    out.push(clauseTrigger('option', 'supports', i, from, be, s, isNegated(tokens, i, s.tokenStart)));
  }
  return out;
}

function clauseTrigger(
  kind: TriggerKind,
  stance: Stance,
  at: number,
  from: number,
  to: number,
  s: Sentence,
  negated: boolean,
): Trigger {
  return {
    kind,
    stance: negated ? FLIP[stance] : stance,
    lemma: kind,
    first: at,
    last: at,
    from,
    to,
    sentence: s.index,
    anaphoric: false,
    strong: false,
    negated,
    shape: 'clause',
  };
}

/** After a modal: "take place", "be held", "happen", "be prepared ...": a meeting foreseen or framed. */
function foreseesMeeting(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADV') k++;
  const t = tokens[k];
  if (!t) return false;
  if (HOLD_VERBS.has(t.lemma) || HOLD_VERBS.has(`${t.lemma} ${tokens[k + 1]?.lemma}`)) return true;
  const next = tokens[k + 1];
  // a passive "be held"; UD tags a predicative participle as ADJ ("be prepared")
  return t.lemma === 'be' && (next?.pos === 'VERB' || (next?.pos === 'ADJ' && /\p{L}ed$/u.test(next.text)));
}

/**
 * "the summit could take place in two weeks" (a meeting foreseen: proposes) and "U.S. boots will
 * not be on the ground" (refused); the concept check of the refusal happens when labelling.
 */
function modalTriggers(ctx: ProposalContext, s: Sentence): Trigger[] {
  const { tokens } = ctx;
  const out: Trigger[] = [];
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'AUX' || !(MODALS.has(t.lemma) || MODALS.has(t.text.toLowerCase()))) continue;
    const from = nounPhraseBefore(tokens, i, s.tokenStart);
    if (from >= i || !hasNoun(tokens, from, i)) continue;
    const negated = NEGATORS.has(tokens[i + 1]!.lemma) || tokens[i + 1]!.text === "n't";
    const to = objectEnd(ctx, i + 1, s.tokenEnd);
    if (negated) out.push(clauseTrigger('refusal', 'rejects', i, from, to, s, false));
    else if (hasNoun(tokens, from, i, (n) => MEETING_NOUNS.has(n.lemma)) && foreseesMeeting(tokens, i + 1))
      out.push(clauseTrigger('prospect', 'proposes', i, from, to, s, false));
  }
  return out;
}

/** The possessor before a noun's modifiers ("Obama's Gitmo plan", "his Supreme Court nominee"): its tokens. */
function possessorBefore(tokens: Token[], noun: number, start: number): [number, number] | null {
  let j = noun - 1;
  while (j > start && /^(ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos) && noun - j <= 4) j--;
  const t = tokens[j];
  if (!t || j < start) return null;
  if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lemma)) return [j, j + 1];
  if ((t.lemma === "'s" || t.text === '’s' || t.text === '’') && j > start) {
    let k = j - 1;
    while (k > start && tokens[k - 1]!.pos === 'PROPN') k--;
    return [k, j];
  }
  return null;
}

/**
 * "Obama's Gitmo plan", "Corker's legislation", "his proposal": a proposal noun held by its possessor,
 * wherever it stands (also inside another's stance: "the council rejected the mayor's plan").
 */
function pointerTriggers(ctx: ProposalContext, s: Sentence, cued: Set<number>): Trigger[] {
  const { tokens } = ctx;
  const out: Trigger[] = [];
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !POINTER_NOUNS.has(t.lemma) || cued.has(i)) continue;
    const possessor = possessorBefore(tokens, i, s.tokenStart);
    if (!possessor) continue;
    const from = tokens[possessor[1]]?.lemma === "'s" ? possessor[1] + 1 : possessor[1];
    out.push({
      kind: 'cue',
      stance: 'proposes',
      lemma: t.lemma,
      first: i,
      last: i,
      from: Math.min(from, i),
      to: i + 1,
      agent: possessor,
      sentence: s.index,
      anaphoric: true,
      strong: false,
      negated: false,
      shape: 'noun',
      pointer: true,
    });
  }
  return out;
}

/** Subject heads an obligation never has: vague words, meetings and options ("any summit should be ..."). */
const notObliged = (lemma: string) =>
  VAGUE_HEADS.has(lemma) || MEETING_NOUNS.has(lemma) || OPTION_NOUNS.has(lemma) || ANAPHORIC_NOUNS.has(lemma);

/** "Britain should remain in the EU", "the foundation must be shut down": proposed by whoever says it. */
function obligationTriggers(ctx: ProposalContext, s: Sentence): Trigger[] {
  const out: Trigger[] = [];
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1; i++) {
    if (ctx.tokens[i]!.pos !== 'AUX') continue;
    const phrase = obligationPhrase(ctx, i, notObliged);
    if (!phrase) continue;
    out.push({
      ...clauseTrigger('obligation', 'proposes', i, phrase.from, phrase.to, s, false),
      label: phrase.label,
    });
  }
  return out;
}

/**
 * Every place in the article where a stance is taken, in text order.
 * @example findTriggers(ctx).map((t) => t.lemma) // ['rule out', 'suggest', ...]
 */
export function findTriggers(ctx: ProposalContext): Trigger[] {
  const out: Trigger[] = [];
  for (const s of ctx.parsed.sentences) {
    const cues = cueTriggers(ctx, s);
    const cued = new Set(cues.map((t) => t.first));
    out.push(
      ...cues,
      ...pointerTriggers(ctx, s, cued),
      ...optionTriggers(ctx, s),
      ...modalTriggers(ctx, s),
      ...obligationTriggers(ctx, s),
    );
  }
  return out.sort((a, b) => a.first - b.first);
}
