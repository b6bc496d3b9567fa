import type { ProposalCategory } from '../contract/types.js';
import { groupAdjective, type Nation, nationOf } from '../lexicon/countries.js';
import { COUNT_WORDS } from '../lexicon/determiners.js';
import {
  AID_KINDS,
  CONCEPTS,
  type ConceptSpec,
  DEAL_CONCEPTS,
  LABEL_TITLES,
  MEETING_HEADS,
  TIME_UNITS,
  VAGUE_HEADS,
} from '../lexicon/proposals.js';
import type { ActorDraft } from '../resolve/types.js';
import { countBefore } from '../text/sorted-search.js';
import type { Token } from '../text/types.js';
import type { ProposalContext } from './context.js';

/** What an object phrase proposes, named as an analyst would. */
export interface Concept {
  /** Concept id ("troops", "venue"), for merging a vague mention into a precise one. */
  id: string;
  category: ProposalCategory;
  label: string;
  /** The label lacks an argument it usually has ("Air support" with no provider). */
  partial: boolean;
}

/** A count word or a number written in digits. */
const isCount = (lemma: string) => COUNT_WORDS.has(lemma) || /^\d+$/.test(lemma);

const wordFits = (t: Token | undefined, word: string) =>
  !!t && (t.lemma === word || t.lemma === `${word}s` || t.text.toLowerCase() === word);

/** One concept word sequence, indexed by its first word. */
interface ConceptWord {
  spec: number;
  /** Position in the spec's word list: earlier words are preferred ("force" before "deployment"). */
  rank: number;
  words: string[];
}

/** Concept words by first word, built once: one pass over a phrase finds every concept in it. */
const BY_FIRST_WORD: Map<string, ConceptWord[]> = (() => {
  const map = new Map<string, ConceptWord[]>();
  for (const [n, spec] of CONCEPTS.entries()) {
    for (const [rank, phrase] of spec.words.entries()) {
      const words = phrase.split(' ');
      const list = map.get(words[0]!) ?? [];
      list.push({ spec: n, rank, words });
      map.set(words[0]!, list);
    }
  }
  return map;
})();

/** Concept words a token may open: by its lemma, its lemma without a plural "s", or its text. */
function candidatesAt(t: Token): ConceptWord[] {
  const a = BY_FIRST_WORD.get(t.lemma);
  const b = t.lemma.endsWith('s') ? BY_FIRST_WORD.get(t.lemma.slice(0, -1)) : undefined;
  const c = BY_FIRST_WORD.get(t.text.toLowerCase());
  if (!b && !c) return a ?? [];
  return [...new Set([...(a ?? []), ...(b ?? []), ...(c ?? [])])];
}

/** Ids of the concepts whose words a token opens ("freeze" → freeze), for finding antecedents. */
export function conceptIdsAt(t: Token): string[] {
  return candidatesAt(t).map((c) => CONCEPTS[c.spec]!.id);
}

/** Whether a concept word is really used in its sense at token i (filters per concept). */
function fitsSense(ctx: ProposalContext, spec: ConceptSpec, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  if (spec.id === 'force' && (t.pos !== 'NOUN' || tokens[i - 1]?.lemma === 'air')) return false;
  if (spec.id === 'meeting' && t.pos !== 'NOUN' && t.lemma !== 'meet') return false;
  // "meet Zelenskyy" is a meeting; "meet the standards" is not
  if (spec.id === 'meeting' && t.pos === 'VERB' && !meetsSomeone(ctx, i + 1)) return false;
  if (spec.id === 'troops' && t.pos !== 'NOUN') return false;
  if (spec.id === 'peace-deal' && t.lemma === 'settlement' && tokens[i + 1]?.pos === 'NOUN') return false;
  return true;
}

/** The concept words that open at token i and are used in their sense there (whatever the phrase). */
const fittingAt = (ctx: ProposalContext, i: number): ConceptWord[] =>
  candidatesAt(ctx.tokens[i]!).filter(
    (c) => c.words.every((w, k) => wordFits(ctx.tokens[i + k], w)) && fitsSense(ctx, CONCEPTS[c.spec]!, i),
  );

/** Per article: the tokens where some concept word fits, in order, with those words. */
interface ConceptSites {
  at: number[];
  words: ConceptWord[][];
}
const sitesByContext = new WeakMap<ProposalContext, ConceptSites>();

function conceptSites(ctx: ProposalContext): ConceptSites {
  let sites = sitesByContext.get(ctx);
  if (!sites) {
    sites = { at: [], words: [] };
    for (let i = 0; i < ctx.tokens.length; i++) {
      const fitting = fittingAt(ctx, i);
      if (fitting.length) {
        sites.at.push(i);
        sites.words.push(fitting);
      }
    }
    sitesByContext.set(ctx, sites);
  }
  return sites;
}

/** Phrases longer than this look their concepts up among the article's concept sites, not token by token. */
const SCAN_LIMIT = 64;

/**
 * Every concept found in tokens `[from, to)`: for each concept (by index), where its preferred
 * word first occurs, `[start, end)`. A long phrase (an unpunctuated sentence can make every cue's
 * object run to its end) reads the article's concept sites inside it, which finds the same.
 */
function findConcepts(ctx: ProposalContext, from: number, to: number): Map<number, [number, number]> {
  const best = new Map<number, { rank: number; at: [number, number] }>();
  const consider = (i: number, fitting: ConceptWord[]) => {
    for (const c of fitting) {
      if (i + c.words.length > to) continue;
      const old = best.get(c.spec);
      if (old && old.rank <= c.rank) continue;
      best.set(c.spec, { rank: c.rank, at: [i, i + c.words.length] });
    }
  };
  if (to - from <= SCAN_LIMIT) {
    for (let i = from; i < to; i++) consider(i, fittingAt(ctx, i));
  } else {
    const sites = conceptSites(ctx);
    for (let k = countBefore(sites.at, (i) => i < from); k < sites.at.length && sites.at[k]! < to; k++)
      consider(sites.at[k]!, sites.words[k]!);
  }
  return new Map([...best].map(([spec, b]) => [spec, b.at]));
}

const PARTIES = new Set(['person', 'country', 'place', 'organization', 'group']);

/** Whether a party (person, country, organisation) or a place follows token i ("meet Zelenskyy", "meeting in ..."). */
function meetsSomeone(ctx: ProposalContext, i: number): boolean {
  if (/^(in|at)$/.test(ctx.tokens[i]?.lemma ?? '')) return true;
  while (ctx.tokens[i]?.pos === 'DET' || ctx.tokens[i]?.lemma === 'with') i++;
  const m = ctx.mentionStartingAt(i);
  return !!m && PARTIES.has(m.actor.type);
}

/** Words of tokens as written, keeping the text's own spacing; titles and quote marks dropped. */
function writeTokens(tokens: Token[]): string {
  let out = '';
  let prev: Token | undefined;
  for (const t of tokens) {
    if (/^["“”‘’`]+$/.test(t.text) || LABEL_TITLES.has(t.text.toLowerCase())) continue;
    out += prev && prev.end < t.start ? ` ${t.text}` : t.text;
    prev = t;
  }
  return out.trim();
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A name starting at token i: the resolved mention, else a run of proper nouns. */
function nameAt(ctx: ProposalContext, i: number, to: number): { text: string; end: number } | null {
  const { tokens } = ctx;
  while (i < to && /^(DET|ADJ)$/.test(tokens[i]!.pos) && tokens[i]!.lemma !== 'no') i++;
  if (i >= to) return null;
  const m = ctx.mentionStartingAt(i);
  if (m && m.last < to) return { text: writeTokens(tokens.slice(m.first, m.last + 1)), end: m.last + 1 };
  let j = i;
  while (j < to && tokens[j]!.pos === 'PROPN') j++;
  return j > i ? { text: writeTokens(tokens.slice(i, j)), end: j } : null;
}

/** A noun head after token i ("the rebels"), or a name. */
function nounAt(ctx: ProposalContext, i: number, to: number): string | null {
  const name = nameAt(ctx, i, to);
  if (name) return name.text;
  const { tokens } = ctx;
  let j = i;
  while (j < to && /^(DET|ADJ|ADV)$/.test(tokens[j]!.pos)) j++;
  return j < to && tokens[j]!.pos === 'NOUN' && !VAGUE_HEADS.has(tokens[j]!.lemma) ? tokens[j]!.text : null;
}

/** A place named in the phrase: "in/at/over X", or "X as a venue". */
function placeIn(ctx: ProposalContext, from: number, to: number): string | null {
  const { tokens } = ctx;
  for (let i = from; i < to; i++) {
    if (/^(in|at|over)$/.test(tokens[i]!.lemma) && tokens[i]!.pos === 'ADP') {
      const name = nameAt(ctx, i + 1, to);
      if (name) return name.text;
    }
    if (tokens[i]!.lemma === 'as' && i > from && tokens[i - 1]!.pos === 'PROPN') {
      let k = i - 1;
      while (k > from && tokens[k - 1]!.pos === 'PROPN') k--;
      return writeTokens(tokens.slice(k, i));
    }
  }
  return null;
}

/** A date of a meeting: "in two weeks", "next month", "within days", "in the coming days". */
function timeIn(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (/^(in|within)$/.test(t.lemma)) {
      let j = i + 1;
      while (j < to && (isCount(tokens[j]!.lemma) || /^(the|coming|next)$/.test(tokens[j]!.lemma))) j++;
      if (j < to && TIME_UNITS.has(tokens[j]!.lemma) && j > i + 1) return writeTokens(tokens.slice(i, j + 1));
    }
    if (/^(next|this)$/.test(t.lemma) && TIME_UNITS.has(tokens[i + 1]?.lemma ?? ''))
      return writeTokens(tokens.slice(i, i + 2));
  }
  return null;
}

/** Who provides a force or measure: a nation word in the phrase, else the holders' shared nationality. */
function nationIn(
  ctx: ProposalContext,
  from: number,
  to: number,
  holders: ActorDraft[],
  own: boolean,
): string | null {
  const { tokens } = ctx;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' && t.pos !== 'ADJ') continue;
    const name = nameAt(ctx, i, to);
    const nation = (name && nationOf(name.text)) || nationOf(t.text);
    if (nation) return nation.adjective;
  }
  if (!own || holders.length === 0) return null;
  const nations = holders.map((h) => nationOf(h.label)).filter((n): n is Nation => !!n);
  return nations.length === holders.length ? (groupAdjective(nations) ?? null) : null;
}

/** The recipient or beneficiary: "to/for/on X" after the concept word, or "provide X with". */
function recipientIn(ctx: ProposalContext, from: number, to: number, at: [number, number]): string | null {
  const { tokens } = ctx;
  for (let i = at[1]; i < to; i++) {
    if (/^(to|for|on|against)$/.test(tokens[i]!.lemma)) return nounAt(ctx, i + 1, to);
  }
  for (let i = from; i < at[0]; i++) {
    if (/^(provide|give|supply|send)$/.test(tokens[i]!.lemma)) return nounAt(ctx, i + 1, at[0]);
  }
  return null;
}

/** The words qualifying a concept word from before ("reassurance force", "Western security guarantees"). */
function modifierBefore(tokens: Token[], from: number, at: number): string | null {
  let k = at;
  const modifies = (t: Token) =>
    /^(ADJ|NOUN|PROPN)$/.test(t.pos) &&
    t.lemma !== 'security' &&
    !TIME_UNITS.has(t.lemma) &&
    // "10-month": a measure, not a kind
    !(tokens[t.index - 1]?.text === '-' && tokens[t.index - 1]!.end === t.start);
  while (k > from && modifies(tokens[k - 1]!)) k--;
  if (tokens[k - 1]?.lemma === 'security') return null;
  return k < at ? writeTokens(tokens.slice(k, at)) : null;
}

/** Fills `{slot}`s; an empty slot drops with the preposition before it ("Immunity for {to}" → "Immunity"). */
function render(
  template: string,
  slots: Record<string, string | null | undefined>,
): { label: string; partial: boolean } {
  let partial = false;
  const label = template
    .replace(/(\s(?:in|for|to|over|on)\s)?\{(\w+)\}/g, (_, prep: string | undefined, slot: string) => {
      const value = slots[slot];
      if (!value) {
        partial = true;
        return '';
      }
      return `${prep ?? ''}${value}`;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { label: capitalise(label), partial };
}

/**
 * A plain label from the phrase itself: determiners, titles and quote marks dropped, at most 8
 * words. Only a phrase that reads as a course of action counts: it opens with a verb ("walk to the
 * attack site", "enforcing a no-fly zone") or a noun phrase with a concrete head, not a name alone.
 */
export function phraseLabel(tokens: Token[], from: number, to: number): string | null {
  let i = from;
  while (i < to && /^(DET|PRON|ADV|SCONJ|PART|PUNCT)$/.test(tokens[i]!.pos)) i++;
  const opening = tokens[i];
  if (!opening || !/^(VERB|NOUN|ADJ)$/.test(opening.pos)) return null;
  if (opening.pos === 'VERB' && !/(ing|e|[^s])$/.test(opening.text)) return null;
  let j = Math.min(to, i + 8);
  while (j > i && /^(ADP|DET|CCONJ|PUNCT|PART|AUX)$/.test(tokens[j - 1]!.pos)) j--;
  const words = tokens.slice(i, j);
  if (!words.some((t) => /^(NOUN|PROPN|VERB)$/.test(t.pos))) return null;
  const head = words.find((t) => t.pos === 'NOUN');
  if (words.length <= 2 && head && VAGUE_HEADS.has(head.lemma)) return null;
  return capitalise(writeTokens(words));
}

/** Participants' short names: a person's last name, anything else whole. */
const shortName = (a: ActorDraft) =>
  a.type === 'person' ? (a.label.split(/\s+/).at(-1) ?? a.label) : a.label;

function meetingConcept(
  ctx: ProposalContext,
  from: number,
  to: number,
  at: [number, number],
  holders: ActorDraft[],
  prospect: boolean,
): Concept {
  const { tokens } = ctx;
  const summit = tokens.slice(from, to).find((t) => t.lemma === 'summit' || t.lemma === 'venue');
  const head = summit ? 'Summit' : (MEETING_HEADS[tokens[at[0]]!.lemma] ?? 'Meeting');
  const place = placeIn(ctx, from, to);
  if (place) return { id: 'venue', category: 'venue', label: `${head} in ${place}`, partial: false };
  const time = timeIn(tokens, from, to);
  if (time) return { id: 'timing', category: 'timing', label: `${head} ${time}`, partial: false };
  const venueWords = tokens.slice(from, to).some((t) => /^(capital|city|venue|host)$/.test(t.lemma));
  if (venueWords) return { id: 'venue', category: 'venue', label: `${head} venue`, partial: true };
  const others = ctx.mentionsIn(from, to).map((m) => m.actor);
  const people = [...new Map([...holders, ...others].map((a) => [a.id, a])).values()];
  if (people.length >= 2) {
    const names = people.map(shortName).sort();
    return {
      id: 'meeting',
      category: 'meeting',
      label: `${names.join('–')} ${head.toLowerCase()}`,
      partial: false,
    };
  }
  if (prospect) {
    // "any summit ... should be prepared step-by-step": the summit and how it should be framed
    const modal = tokens.slice(at[1], to).findIndex((t) => t.pos === 'AUX');
    const rest = tokens.slice(at[1] + modal + 1, to).filter((t) => t.lemma !== 'be' && t.pos !== 'AUX');
    const stop = (t: Token) => t.pos === 'PUNCT' && !/^[-"“”]$/.test(t.text);
    let words = 0;
    const end = rest.findIndex((t, n) => n > 0 && (stop(t) || (t.pos !== 'PUNCT' && ++words >= 4)));
    const phrase = writeTokens(rest.slice(0, end < 0 ? rest.length : end));
    return { id: 'meeting', category: 'meeting', label: `${head} ${phrase}`.trim(), partial: !phrase };
  }
  const adjective = tokens[at[0] - 1]?.pos === 'ADJ' ? `${tokens[at[0] - 1]!.text} ` : '';
  return {
    id: 'meeting',
    category: 'meeting',
    label: capitalise(`${adjective}${adjective ? head.toLowerCase() : head}`),
    partial: !adjective,
  };
}

/** The peace deal or cease-fire the article named before token i, as a concept. */
const firstConcepts = new WeakMap<ProposalContext, Map<number, [number, number]>>();

function namedDealBefore(ctx: ProposalContext, i: number): Concept | null {
  // where each concept first occurs in the article, found once per article
  let found = firstConcepts.get(ctx);
  if (!found) {
    found = findConcepts(ctx, 0, ctx.tokens.length);
    firstConcepts.set(ctx, found);
  }
  for (const [n, spec] of CONCEPTS.entries()) {
    if (!DEAL_CONCEPTS.has(spec.id) || (found.get(n)?.[0] ?? i) >= i) continue;
    return {
      id: spec.id,
      category: spec.category,
      label: render(spec.label, {}).label,
      partial: spec.id !== 'peace-deal',
    };
  }
  return null;
}

/** Options for naming a concept. */
export interface ConceptOptions {
  holders: ActorDraft[];
  /** The holders would provide it themselves (a wish or readiness), so their nationality names it. */
  own: boolean;
  /** A meeting foreseen by a modal ("could take place"), labelled with what it foresees. */
  prospect: boolean;
  /** Tokens `[from, to)` of the holder's own phrase ("European nations were willing"), for its nationality. */
  subject?: [number, number];
  /** Only these concepts count (a refusal "will not be on the ground" is about forces). */
  only?: Set<string>;
}

/**
 * Names what an object phrase proposes: the first concept of the lexicon found in it, with its
 * arguments (provider nation, place, time, recipient, member and organisation) filled in.
 * @example conceptOf(ctx, from, to, { holders, own: false, prospect: false })?.label // 'U.S. troops on the ground'
 */
export function conceptOf(
  ctx: ProposalContext,
  from: number,
  to: number,
  options: ConceptOptions,
): Concept | null {
  const { tokens } = ctx;
  const found = findConcepts(ctx, from, to);
  for (const [n, spec] of CONCEPTS.entries()) {
    if (options.only && !options.only.has(spec.id)) continue;
    const at = found.get(n);
    if (!at) continue;
    if (spec.id === 'meeting') return meetingConcept(ctx, from, to, at, options.holders, options.prospect);
    if (spec.id === 'agreement') {
      const label = phraseLabel(tokens, from, to);
      // a bare "an agreement" is the deal the article has named before ("a possible peace deal"), if any
      if (label && !label.includes(' ')) return namedDealBefore(ctx, from);
      return label?.includes(' ')
        ? { id: `agreement:${label.toLowerCase()}`, category: spec.category, label, partial: false }
        : null;
    }
    const slots: Record<string, string | null> = {
      nation:
        nationIn(ctx, from, at[0], options.holders, options.own) ??
        (options.own && options.subject ? nationIn(ctx, ...options.subject, [], false) : null),
      place: placeIn(ctx, at[1], to),
      to: recipientIn(ctx, from, to, at),
      mod: spec.id === 'aid' ? aidKind(tokens, from, to) : modifierBefore(tokens, from, at[0]),
    };
    if (spec.id === 'freeze') slots.mod = freezeObject(tokens, at, to) ?? modifierBefore(tokens, from, at[0]);
    if (spec.id === 'membership') {
      const parties = membershipParties(ctx, from, to, at, options.holders);
      if (!parties) continue;
      Object.assign(slots, parties);
    }
    if (spec.id === 'force' && !slots.mod) continue;
    const { label, partial } = render(spec.label, slots);
    return { id: spec.id, category: spec.category, label, partial };
  }
  return null;
}

function aidKind(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const kind = AID_KINDS[tokens[i]!.lemma] ?? AID_KINDS[tokens[i]!.lemma.replace(/s$/, '')];
    if (kind) return kind;
  }
  return null;
}

/** What a freeze stops: "freeze settlement construction", "a freeze on settlements". */
function freezeObject(tokens: Token[], at: [number, number], to: number): string | null {
  const t = tokens[at[0]]!;
  let i = at[1];
  if (t.pos === 'NOUN' && /^(on|of)$/.test(tokens[i]?.lemma ?? '')) i++;
  else if (t.pos !== 'VERB') return null;
  while (i < to && /^(DET|ADJ)$/.test(tokens[i]!.pos)) i++;
  return i < to && tokens[i]!.pos === 'NOUN' ? tokens[i]!.text : null;
}

/** "Ukraine joining NATO", "Ukraine's membership in NATO": the member and the organisation. */
function membershipParties(
  ctx: ProposalContext,
  from: number,
  to: number,
  at: [number, number],
  holders: ActorDraft[],
): Record<string, string | null> | null {
  const { tokens } = ctx;
  let k = at[0] - 1;
  if (tokens[k]?.lemma === "'s") k--;
  const before = ctx.mentionEndingAt(k);
  const member =
    before && before.first >= from
      ? writeTokens(tokens.slice(before.first, before.last + 1))
      : (holders[0]?.label ?? null);
  let i = at[1];
  if (/^(in|of|to)$/.test(tokens[i]?.lemma ?? '')) i++;
  // one joins an alliance or a body, not a person ("joining Trump")
  while (i < to && tokens[i]!.pos === 'DET') i++;
  const body = ctx.mentionStartingAt(i);
  if (!body || !/^(organization|group)$/.test(body.actor.type)) return null;
  return { member, org: writeTokens(tokens.slice(body.first, body.last + 1)) };
}
