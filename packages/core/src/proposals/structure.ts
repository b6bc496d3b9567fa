import {
  ACTION_ARGUMENTS,
  ANAPHORIC_NOUNS,
  LABEL_TITLES,
  LIGHT_VERBS,
  PHRASE_DROP_RELATIONS,
  POINTER_NOUNS,
  TIME_UNITS,
  VAGUE_HEADS,
  WRAPPER_NOUNS,
} from '../lexicon/proposals.js';
import type { SentenceTree } from '../syntax/tree.js';
import type { Token } from '../text/types.js';
import type { ProposalContext } from './context.js';

/** A proposal phrase read from the dependency tree: its tokens and the label they make. */
export interface TreePhrase {
  /** The phrase's head token. */
  head: number;
  /** Token range `[from, to)` the label's words span. */
  from: number;
  to: number;
  /** A clean noun phrase or infinitive ("Ban on Muslims entering the country", "Repeal the law"). */
  label: string;
  /** `verb`: an action ("repeal the law"); `clause`: an action with its doer ("Ginsburg to resign"); `noun`: a thing. */
  kind: 'verb' | 'clause' | 'noun';
}

/** Where a cue is in the sentence and how it takes its complement. */
export interface CueSite {
  first: number;
  last: number;
  shape: 'verb' | 'noun' | 'adjective';
}

/** At most this many words in a label; longer phrases lose their rightmost modifiers. */
const MAX_WORDS = 9;

/** Relations of a verb cue's complement, in order of preference ("urge X to vote": the vote). */
const VERB_COMPLEMENTS = ['xcomp', 'ccomp', 'obj', 'obl', 'advcl', 'nsubj:pass'];
/** Relations of a noun cue's complement ("plan to close", "call for a prosecutor", "offer of Moscow"). */
const NOUN_COMPLEMENTS = ['acl', 'nmod', 'ccomp'];
/** Relations of an adjective cue's complement ("ready to offer", "open to talks"). */
const ADJECTIVE_COMPLEMENTS = ['xcomp', 'ccomp', 'obl', 'advcl'];

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * The head of a cue's complement in the tree: the object, infinitive or clause of a verb cue, the
 * "to"-infinitive or "of/for" phrase of a noun cue, the infinitive of an adjective cue. A
 * prepositional complement must begin right after the cue ("call for X", not "call ... in March").
 */
export function cueComplement(tree: SentenceTree, tokens: Token[], cue: CueSite): number {
  const relations =
    cue.shape === 'verb' ? VERB_COMPLEMENTS : cue.shape === 'noun' ? NOUN_COMPLEMENTS : ADJECTIVE_COMPLEMENTS;
  const heads = [cue.first];
  if (cue.last > cue.first) heads.push(cue.last);
  const after = (c: number) => tree.subtree(c)[0] > cue.first && c > cue.last;
  const adjacent = (c: number) => {
    let k = cue.last + 1;
    while (tokens[k]?.pos === 'ADV') k++;
    const start = tree.subtree(c)[0];
    return start <= k + 1 && start >= cue.last;
  };
  const infinitive = cue.shape === 'verb' ? toInfinitive(tree, tokens, cue) : -1;
  if (infinitive >= 0) return infinitive;
  for (const relation of relations) {
    for (const h of heads) {
      for (const c of tree.dependents(h, relation)) {
        if (!after(c)) continue;
        const prepositional = relation === 'obl' || relation === 'advcl' || relation === 'nmod';
        if (prepositional && !adjacent(c)) continue;
        // "backed by significant support": a passive's agent is who acts, not what is proposed
        if (relation === 'obl' && tokens[tree.dependent(c, 'case')]?.lemma === 'by') continue;
        if (relation === 'nsubj:pass') continue;
        return c;
      }
    }
  }
  return openedAfter(tree, tokens, cue);
}

/**
 * "urged the council to repeal the tax": a "to"-infinitive a few words after a verb cue is its
 * complement, past the addressee, also when the parser hung it as a purpose clause.
 */
function toInfinitive(tree: SentenceTree, tokens: Token[], cue: CueSite): number {
  for (const c of tree.dependents(cue.first, 'xcomp', 'advcl')) {
    if (c <= cue.last || c - cue.last > 7) continue;
    const to = tree.dependent(c, 'mark');
    const negated = tree.dependents(c, 'advmod').some((k) => /^(not|never)$/.test(tokens[k]!.lemma));
    if (to >= 0 && tokens[to]!.lemma === 'to' && tokens[c]!.pos === 'VERB' && !negated) return c;
  }
  return -1;
}

/**
 * The phrase a "to", "of" or "for" right after the cue opens, when the parser hung it elsewhere
 * ("his plan to close the prison" read as a purpose of the verb): the head that word marks.
 */
function openedAfter(tree: SentenceTree, tokens: Token[], cue: CueSite): number {
  let k = cue.last + 1;
  while (tokens[k]?.pos === 'ADV' && tree.has(k)) k++;
  if (!tree.has(k) || !/^(to|of|for|on|that)$/.test(tokens[k]!.lemma)) return -1;
  if (!/^(case|mark)$/.test(tree.relation(k))) return -1;
  const head = tree.head(k);
  return head > k ? head : -1;
}

/** Whether a child is cut from a phrase: relative clauses, appositions, asides, coordinated clauses. */
function dropped(tree: SentenceTree, tokens: Token[], head: number, child: number, outer: boolean): boolean {
  const rel = tree.deprel(child);
  if (PHRASE_DROP_RELATIONS.has(rel) || PHRASE_DROP_RELATIONS.has(tree.relation(child))) return true;
  const t = tokens[child]!;
  // the phrase's own opening "for", "that", "a", "his" go; those of the phrases inside it stay
  const opens = outer && child === tree.subtree(head)[0];
  if (rel === 'mark' || rel === 'case') return opens && t.lemma !== 'to';
  if (rel === 'det' || rel === 'nmod:poss') return opens && t.pos !== 'PROPN' && t.lemma !== 'no';
  // a coordinated verb phrase or complement is another act ("and accept ...", "and for the Foundation
  // to be shut"); coordinated nouns stay ("Brazil and India")
  if (rel === 'cc') return isVerb(tokens[head]!);
  if (rel === 'conj') {
    let first = tree.subtree(child)[0];
    while (first < child && /^(CCONJ|PUNCT)$/.test(tokens[first]!.pos)) first++;
    const opening = tokens[first]!;
    return isVerb(tokens[head]!) || isVerb(t) || opening.pos === 'ADP' || opening.pos === 'SCONJ';
  }
  return false;
}

/** Tokens of a head's phrase, trimmed at every level, as a sorted list. */
function phraseTokens(
  tree: SentenceTree,
  tokens: Token[],
  head: number,
  keepSubject: boolean,
  outer: boolean,
): number[] {
  const out: number[] = [head];
  for (const c of tree.children(head)) {
    const rel = tree.relation(c);
    if (outer && rel === 'nsubj' && !keepSubject) continue;
    // "should", "will" go; the "to" of an infinitive with its subject and a passive "be" stay
    // a passive keeps its "be" ("to be deported"); the tagger often reads the participle as past
    const passive = tokens[c]!.lemma === 'be' && /^(VBN|VBD)$/.test(tokens[head]!.xpos);
    if (outer && tree.deprel(c) === 'aux' && tokens[c]!.lemma !== 'to' && !passive) continue;
    if (outer && rel === 'mark' && tokens[c]!.lemma === 'to' && !keepSubject) continue;
    if (dropped(tree, tokens, head, c, outer)) continue;
    out.push(...phraseTokens(tree, tokens, c, true, false));
  }
  return out.sort((a, b) => a - b);
}

const EDGE_POS = /^(ADP|DET|CCONJ|SCONJ|PUNCT|PART|AUX|PRON)$/;
const QUOTE = /^["“”‘’`]+$/;

/** Words of tokens as written, keeping the text's own spacing; titles and quote marks dropped. */
function write(tokens: Token[], ks: number[]): string {
  let out = '';
  let prev: Token | undefined;
  for (const k of ks) {
    const t = tokens[k]!;
    if (QUOTE.test(t.text) || LABEL_TITLES.has(t.text.toLowerCase())) continue;
    out += prev && (prev.end < t.start || prev.index !== k - 1) ? ` ${t.text}` : t.text;
    prev = t;
  }
  return out.trim();
}

/** Relations whose whole phrase a long label may lose from its right end ("in debt", "over its missile program"). */
const CUTTABLE = new Set([
  'nmod',
  'obl',
  'acl',
  'advcl',
  'conj',
  'appos',
  'ccomp',
  'xcomp',
  'advmod',
  'nummod',
]);

/**
 * Shortens a phrase to at most `MAX_WORDS` tokens by dropping whole phrases from its right end: the
 * deepest cuttable dependent holding the last token goes first, so no phrase is cut mid-way.
 */
function shrink(tree: SentenceTree, ks: number[], head: number): number[] {
  let kept = ks;
  while (kept.length > MAX_WORDS) {
    const last = kept.at(-1)!;
    let cut = -1;
    for (let at = last; at !== head && at >= 0; at = tree.head(at)) {
      if (cut < 0 && CUTTABLE.has(tree.relation(at))) cut = at;
      if (tree.head(at) === head && cut < 0) cut = at;
    }
    if (cut < 0) return kept.slice(0, MAX_WORDS);
    const [from, to] = tree.subtree(cut);
    const next = kept.filter((k) => k < from || k >= to);
    if (next.length === 0 || next.length === kept.length) return kept.slice(0, MAX_WORDS);
    kept = next;
  }
  return kept;
}

/** Cuts a phrase to one contiguous run around its head, edges trimmed. */
function trimRun(tokens: Token[], ks: number[], head: number): number[] {
  const at = ks.indexOf(head);
  let from = at;
  let to = at + 1;
  // a gap (a dropped relative clause, an aside) ends the phrase on that side
  while (from > 0 && ks[from - 1] === ks[from]! - 1) from--;
  while (to < ks.length && ks[to] === ks[to - 1]! + 1) to++;
  let run = ks.slice(from, to);
  // any clause punctuation ends the phrase; hyphens, apostrophes, quotes, $ and % belong to words
  const cut = run.findIndex((k) => tokens[k]!.pos === 'PUNCT' && !/^[-'’"“”$%.&/]$/.test(tokens[k]!.text));
  if (cut > run.indexOf(head)) run = run.slice(0, cut);
  const opensBadly = (t: Token) => (EDGE_POS.test(t.pos) || t.pos === 'ADV') && !keepsFirst(t);
  while (run.length > 1 && opensBadly(tokens[run[0]!]!) && run[0] !== head) run = run.slice(1);
  const endsBadly = (t: Token) => EDGE_POS.test(t.pos) || t.pos === 'ADV';
  while (run.length > 1 && endsBadly(tokens[run.at(-1)!]!) && run.at(-1) !== head) run = run.slice(0, -1);
  return run;
}

/** A leading word a label keeps: "no" ("no-fly zone"), a passive's "be" ("be deported"). */
const keepsFirst = (t: Token) =>
  (t.lemma === 'no' && t.pos === 'DET') || (t.lemma === 'be' && t.pos === 'AUX');

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * The phrase a tree node heads, as a proposal label: a verb with its objects and complements ("Repeal
 * the Affordable Care Act"), an infinitive clause with its subject ("Ginsburg to resign"), or a noun
 * with its modifiers and complements ("Ban on Muslims entering the country"); determiners, relative
 * clauses, asides and coordinated clauses cut, so it is never a fragment cut mid-phrase.
 */
export function phraseAt(ctx: ProposalContext, tree: SentenceTree, head: number): TreePhrase | null {
  const { tokens } = ctx;
  const h = tokens[head]!;
  // a relative pronoun is no doer: "a bill that would ban bags" proposes banning them
  const subject = tree.dependent(head, 'nsubj');
  const hasSubject = subject >= 0 && !RELATIVE_PRONOUNS.has(tokens[subject]!.lemma);
  const kind: TreePhrase['kind'] = isVerb(h) ? (hasSubject ? 'clause' : 'verb') : 'noun';
  if (kind === 'noun' && !/^(NOUN|PROPN|NUM|ADJ)$/.test(h.pos)) return null;
  const run = trimRun(
    tokens,
    shrink(tree, phraseTokens(tree, tokens, head, kind === 'clause', true), head),
    head,
  );
  if (run.length === 0) return null;
  const label = capitalise(write(tokens, run));
  if (!label) return null;
  return { head, from: run[0]!, to: run.at(-1)! + 1, label, kind };
}

/** Whether a phrase names a course of action a reader could later check, not a vague or bare word. */
export function isConcrete(ctx: ProposalContext, tree: SentenceTree, phrase: TreePhrase): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(phrase.from, phrase.to).filter((t) => t.pos !== 'PUNCT');
  const head = tokens[phrase.head]!;
  if (VAGUE_HEADS.has(head.lemma) || TIME_UNITS.has(head.lemma)) return false;
  if (phrase.kind === 'noun') {
    if (head.pos !== 'NOUN' || words.length < 2) return false;
    // a name alone ("Clinton") is a person backed, not a proposal; "the notion", "specific plans" point elsewhere
    if (words.every((t) => t.pos === 'PROPN' || t.pos === 'DET')) return false;
    return !(WRAPPER_NOUNS.has(head.lemma) || ANAPHORIC_NOUNS.has(head.lemma));
  }
  if (LIGHT_VERBS.has(head.lemma)) return false;
  // an action needs what it acts on ("alter the rules", not "drastically alter"), or its doer ("Ginsburg to resign")
  const inside = (c: number) => c >= phrase.from && c < phrase.to;
  const acted = tree.dependents(phrase.head, ...ACTION_ARGUMENTS).some(inside);
  return words.length >= 2 && (acted || phrase.kind === 'clause');
}

/**
 * "called on Obama to resign", "nominated Kim to serve a second term": an infinitive whose doer is
 * the cue's object reads with that doer ("Obama to resign"), when the doer is a short name or noun.
 */
function withAddressee(
  ctx: ProposalContext,
  tree: SentenceTree,
  cue: CueSite,
  complement: number,
): TreePhrase | null {
  if (cue.shape !== 'verb' || !/^(xcomp|advcl)$/.test(tree.relation(complement))) return null;
  const doer = tree
    .children(cue.first)
    .find((d) => /^(obj|obl|iobj)$/.test(tree.deprel(d)) && d > cue.last && d < complement);
  if (doer === undefined) return null;
  const who = phraseAt(ctx, tree, doer);
  const act = phraseAt(ctx, tree, complement);
  if (!who || !act || who.to > act.from || who.label.split(' ').length > 4) return null;
  if (ctx.tokens[doer]!.pos === 'PRON' || TIME_UNITS.has(ctx.tokens[doer]!.lemma)) return null;
  const verb = act.label[0]!.toLowerCase() + act.label.slice(1);
  return { head: complement, from: who.from, to: act.to, label: `${who.label} to ${verb}`, kind: 'clause' };
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Whether a dependent of a proposal noun is its content: an "of/for" phrase, an infinitive, or "that would ...". */
function proposingContent(ctx: ProposalContext, tree: SentenceTree, c: number): boolean {
  if (tree.relation(c) === 'nmod') {
    const c0 = tree.dependent(c, 'case');
    return c0 >= 0 && /^(of|for|to|on)$/.test(ctx.tokens[c0]!.lemma);
  }
  if (tree.deprel(c) !== 'acl:relcl') return true;
  return tree.dependents(c, 'aux').some((a) => /^(would|will|should|must)$/.test(ctx.tokens[a]!.lemma));
}

/** Modals and markers a proposed clause may carry ("that Britain should remain", "for her to quit"). */
const PROPOSING_AUX = new Set(['should', 'must', 'would', 'will', 'shall', 'to', 'ought']);

/**
 * Whether a clause states a fact or guess rather than a course of action ("suggesting that Obama was
 * born abroad", "suggested he might consider Kasich"): a clause with its subject proposes only with a
 * proposing modal or "to", or as a bare subjunctive ("demanded that Ukraine withdraw").
 */
function isClaim(ctx: ProposalContext, tree: SentenceTree, phrase: TreePhrase): boolean {
  if (phrase.kind !== 'clause') return false;
  const verb = ctx.tokens[phrase.head]!;
  const auxes = tree.dependents(phrase.head, 'aux', 'mark').map((k) => ctx.tokens[k]!);
  if (auxes.some((a) => PROPOSING_AUX.has(a.lemma) || PROPOSING_AUX.has(a.text.toLowerCase()))) return false;
  if (auxes.some((a) => a.pos === 'AUX')) return true;
  // a past or third-person verb states ("he beat expectations"); a bare one proposes ("Ginsburg resign")
  return /^(VBD|VBZ|VBN)$/.test(verb.xpos);
}

/** Whether token k lies inside a mention of a person ("the Florida senator"); a named plan or treaty may be an actor too. */
function namesActor(ctx: ProposalContext, k: number): boolean {
  for (let i = k; i >= Math.max(0, k - 6); i--) {
    const m = ctx.mentionStartingAt(i);
    if (m && m.first <= k && k <= m.last) return m.actor.type === 'person';
  }
  return false;
}

/**
 * The proposal a cue's complement names, read from the sentence's tree: a clean noun phrase or
 * infinitive ("Special prosecutor to investigate Hillary Clinton", "Repeal the Affordable Care
 * Act"), or `null` when the cue has no complement or it names nothing concrete.
 * @example treePhrase(ctx, { first: called, last: forWord, shape: 'verb' })?.label // 'Ginsburg to resign'
 */
export function treePhrase(ctx: ProposalContext, cue: CueSite): TreePhrase | null {
  const tree = ctx.treeAt(cue.first);
  const complement = cueComplement(tree, ctx.tokens, cue);
  // "suggest the dispute is a misunderstanding": a copular clause is a reading, not a course of action
  if (complement < 0 || tree.dependent(complement, 'cop') >= 0) return null;
  let phrase = withAddressee(ctx, tree, cue, complement) ?? phraseAt(ctx, tree, complement);
  // "the chance to review the deal", "the idea of a summit": the wrapper's complement is the proposal
  const lemma = ctx.tokens[complement]!.lemma;
  if (phrase && (WRAPPER_NOUNS.has(lemma) || POINTER_NOUNS.has(lemma))) {
    const wrapped =
      tree.dependents(complement, 'acl', 'nmod').find((c) => proposingContent(ctx, tree, c)) ?? -1;
    const opened = openedAfter(tree, ctx.tokens, { first: complement, last: complement, shape: 'noun' });
    const inner = wrapped > complement ? wrapped : opened;
    if (inner > complement) phrase = phraseAt(ctx, tree, inner);
  }
  if (!phrase || !isConcrete(ctx, tree, phrase) || isClaim(ctx, tree, phrase)) return null;
  // "backing the Florida senator": an actor named, not a proposal
  if (phrase.kind === 'noun' && namesActor(ctx, phrase.head)) return null;
  return phrase;
}

/** Modals that put a course of action to its subject ("Britain should remain", "the foundation must be shut"). */
const OBLIGATION_MODALS = new Set(['should', 'must', 'ought']);

/** Subject pronouns that name the speaker's own side: "we should build a wall" proposes building it. */
const SPEAKER_SUBJECTS = new Set(['we', 'i']);

/**
 * The course of action a "should"/"must" at token `modal` puts to its subject, as a label: "Britain to
 * remain within the European Union", "Clinton Foundation to be shut down", "Build a wall" (for "we
 * should build a wall"); a pronoun subject is named by the actor it refers to. `null` when the modal
 * is negated, the verb is light or copular, or the subject is vague or the proposal itself ("any
 * summit should be prepared ...").
 * @param excluded subject heads that never take an obligation (vague, meeting and option nouns)
 */
export function obligationPhrase(
  ctx: ProposalContext,
  modal: number,
  excluded: (lemma: string) => boolean,
): TreePhrase | null {
  const { tokens } = ctx;
  const m = tokens[modal]!;
  if (!OBLIGATION_MODALS.has(m.lemma) && !OBLIGATION_MODALS.has(m.text.toLowerCase())) return null;
  const tree = ctx.treeAt(modal);
  const verb = tree.head(modal);
  if (verb < 0 || tree.deprel(modal) !== 'aux' || tokens[verb]!.pos !== 'VERB') return null;
  if (LIGHT_VERBS.has(tokens[verb]!.lemma) || tree.dependent(verb, 'cop') >= 0) return null;
  if (tree.dependents(verb, 'advmod').some((k) => /^(not|n't|never)$/.test(tokens[k]!.lemma))) return null;
  const subject = tree.dependent(verb, 'nsubj', 'nsubj:pass');
  if (subject < 0 || subject > modal) return null;
  const act = trimRun(tokens, shrink(tree, phraseTokens(tree, tokens, verb, false, true), verb), verb);
  if (act.length < 2 && tree.deprel(tree.dependent(verb, 'aux:pass')) !== 'aux:pass') return null;
  // "the prison should be closed were irritated ...": a second finite verb means a misread clause
  if (act.some((k) => k !== verb && /^(VBD|VBZ|VBP)$/.test(tokens[k]!.xpos))) return null;
  const doing = write(tokens, act);
  const s = tokens[subject]!;
  const from = Math.min(subject, act[0]!);
  const to = act.at(-1)! + 1;
  if (s.pos === 'PRON') {
    if (SPEAKER_SUBJECTS.has(s.lemma))
      return { head: verb, from: act[0]!, to, label: capitalise(doing), kind: 'verb' };
    const actor = ctx.resolution.speakerAt([s.start, s.end]);
    if (!actor) return null;
    return { head: verb, from, to, label: `${actor.label} to ${doing}`, kind: 'clause' };
  }
  if (excluded(s.lemma)) return null;
  const who = phraseAt(ctx, tree, subject);
  if (!who || who.label.split(' ').length > 5) return null;
  return { head: verb, from, to, label: `${who.label} to ${doing}`, kind: 'clause' };
}
