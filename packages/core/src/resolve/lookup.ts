import type { Span } from '../contract/types.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { TIME_WORDS } from '../lexicon/time.js';
import { isCalendarWord } from '../lexicon/words.js';
import { readAnonymous, readDescription, readGroup } from '../mentions/descriptions.js';
import type { Mention } from '../mentions/types.js';
import { toWords, type Word } from '../mentions/words.js';
import { countBefore } from '../text/sorted-search.js';
import { textTable } from '../text/tables.js';
import { antecedentOf } from './antecedents.js';
import type { ActorFacts } from './registry.js';
import type { Resolver } from './resolver.js';
import type { ActorDraft, Resolution } from './types.js';

/** How good a mention is as the head of a speaker phrase: people and sources before their affiliations. */
const SPEAKER_RANK = textTable<number>({
  name: 0,
  anonymous: 0,
  pronoun: 1,
  description: 1,
  title: 1,
  group: 2,
  demonym: 4,
});
const rankOf = (m: Mention, facts: ActorFacts) =>
  (SPEAKER_RANK[m.form] ?? 3) +
  // "Carter's press secretary, Peter Cook": the possessor is whose aide speaks, not the speaker
  (m.possessive ? 1 : 0) +
  (facts.draft.type === 'country' || facts.draft.type === 'place'
    ? 2
    : facts.draft.type === 'person' || facts.draft.type === 'anonymous'
      ? 0
      : 1);

/** Index of the first item whose start is at or after `start`; `items` sorted by start. */
function firstFrom<T>(items: T[], start: number, startOf: (item: T) => number): number {
  return countBefore(items, (item) => startOf(item) < start);
}

/** Inserts a link after every link starting at or before it (so equal starts keep their order). */
function insertByStart<T extends { span: Span }>(sorted: T[], item: T): void {
  const start = item.span[0];
  const last = sorted[sorted.length - 1];
  if (!last || last.span[0] <= start) {
    sorted.push(item);
    return;
  }
  sorted.splice(
    countBefore(sorted, (link) => link.span[0] <= start),
    0,
    item,
  );
}

/** Items lying inside `span`, found by binary search on their start. */
function within<T>(items: T[], span: Span, spanOf: (item: T) => Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, span[0], (x) => spanOf(x)[0]); i < items.length; i++) {
    const s = spanOf(items[i]!);
    if (s[0] >= span[1]) break;
    if (s[1] <= span[1]) out.push(items[i]!);
  }
  return out;
}

/**
 * Builds the lookups the statement stage calls on a finished resolution. Every lookup is a
 * binary search over spans sorted by start, so long articles stay linear.
 * @param mentions the article's mentions, sorted by start
 */
export function makeResolution(r: Resolver, mentions: Mention[]): Resolution {
  const actors = r.registry.drafts;
  let words: Word[] | undefined;
  // r.links sorted by start, kept up to date as links are added (speaker phrases add them while
  // statements are found): each new link is appended or inserted at its place, never a full re-sort.
  const links: { span: Span; facts: ActorFacts }[] = [];
  let linked = 0;
  const sortedLinks = () => {
    for (; linked < r.links.length; linked++) insertByStart(links, r.links[linked]!);
    return links;
  };
  const actorsIn = (span: Span): ActorDraft[] => [
    ...new Set(within(sortedLinks(), span, (l) => l.span).map((l) => l.facts.draft)),
  ];
  const actorAt = (span: Span): ActorDraft | undefined => {
    const found = within(mentions, span, (m) => m.span).flatMap((m) => {
      const facts = r.byMention.get(`${m.span[0]}:${m.span[1]}`);
      return facts ? [{ m, facts }] : [];
    });
    found.sort((a, b) => rankOf(a.m, a.facts) - rankOf(b.m, b.facts) || a.m.span[0] - b.m.span[0]);
    return found[0]?.facts.draft;
  };
  // "Carter's press secretary, Peter Cook, told": the person named in the apposition after a
  // possessor's title speaks, not the possessor
  const aideNamedAfter = (span: Span): ActorDraft | undefined => {
    const inside = within(mentions, span, (m) => m.span);
    if (!inside.some((m) => m.possessive) || inside.some((m) => !m.possessive && m.form === 'name'))
      return undefined;
    const { text } = r.parsed;
    const comma = /^\s*,\s*/.exec(text.slice(span[1], span[1] + 4));
    if (!comma) return undefined;
    const next = mentions[firstFrom(mentions, span[1] + comma[0].length, (m) => m.span[0])];
    if (!next || next.span[0] !== span[1] + comma[0].length || next.form !== 'name' || next.type !== 'person')
      return undefined;
    if (!/^\s*,/.test(text.slice(next.span[1], next.span[1] + 3))) return undefined;
    return (r.byMention.get(`${next.span[0]}:${next.span[1]}`) ?? r.resolveName(next))?.draft;
  };
  // "Meenakshi Ganguly of Human Rights Watch", "Clinton spokesman Josh Schwerin": the other actors
  // of a speaker phrase are whom the speaker belongs to; coordinated speakers ("A and B") are not
  const affiliateWithin = (speaker: ActorDraft, span: Span): void => {
    if (/\s(and|&)\s/i.test(r.parsed.text.slice(span[0], span[1]))) return;
    for (const m of within(mentions, span, (x) => x.span)) {
      const other = r.byMention.get(`${m.span[0]}:${m.span[1]}`)?.draft;
      if (!other || other === speaker || speaker.affiliations.includes(other.id)) continue;
      if (other.type !== 'person' || m.possessive) speaker.affiliations.push(other.id);
    }
  };
  const speakerAt = (span: Span): ActorDraft | undefined => {
    const speaker = findSpeaker(span);
    if (speaker) affiliateWithin(speaker, span);
    return speaker;
  };
  const findSpeaker = (span: Span): ActorDraft | undefined => {
    const aide = aideNamedAfter(span);
    if (aide) return aide;
    const known = actorAt(span);
    if (known) return known;
    // a pronoun the first pass left alone ("it" with its antecedent a sentence back): a speaker
    // pronoun stands for someone, so the wider look-back applies
    const pronoun = within(mentions, span, (m) => m.span).find((m) => m.form === 'pronoun');
    const antecedent = pronoun ? antecedentOf(pronoun, r.timeline, true) : undefined;
    if (pronoun && antecedent) return r.link(pronoun, antecedent).draft;
    // a name that only located something elsewhere acts here ("Iowa said", "Kyiv replied"), and a
    // headline's name that speaks is someone ("Ann Coulter: And Then There Was the One")
    const named = within(mentions, span, (m) => m.span).find((m) => m.form === 'name' && !m.modifier);
    if (named) return r.resolveName({ ...named, locative: false, heading: false })?.draft;
    words ??= toWords(r.parsed);
    return speakerFromPhrase(
      r,
      within(words, span, (w) => [w.start, w.end]),
    )?.draft;
  };
  // actors made from here on come from speaker lookups of statements a later stage may discard
  const resolved = new Set(actors.map((a) => a.id));
  const settle = (used: Set<string>) => {
    const kept = actors.filter((a) => resolved.has(a.id) || used.has(a.id));
    // a kept actor's affiliations stay ("a Russian diplomat" keeps Russia)
    const needed = new Set(kept.flatMap((a) => [a.id, ...a.affiliations]));
    const final = actors.filter((a) => needed.has(a.id));
    actors.splice(0, actors.length, ...final);
  };
  return { actors, actorsIn, actorAt, speakerAt, settle };
}

/** Makes an actor for a speaker phrase no mention covered ("reporters", "a senior diplomat", "the Russian leader"). */
function speakerFromPhrase(r: Resolver, words: Word[]): ActorFacts | undefined {
  if (words.length === 0) return undefined;
  const anonymous = readAnonymous(words, 0)?.mention;
  if (anonymous) return r.resolveName(anonymous);
  const description = readDescription(words, 0)?.mention;
  if (description) {
    const facts =
      r.resolveDescription(description) ?? r.registry.create(description.name ?? description.text, 'person');
    if (description.country) r.affiliateCountry(facts, description.country);
    return r.link(description, facts, [description.text]);
  }
  const group = readGroup(words);
  if (group) return r.resolveName(group);
  return knownName(r, words) ?? describedSource(r, words);
}

/**
 * The actor a capitalised speaker phrase names when the mention finder missed it there ("Pence
 * told ..." in an article that named Mike Pence; "Donald Trump" inside a headline-case run): an
 * actor of the article known by that name or surname. Never creates one.
 */
function knownName(r: Resolver, words: Word[]): ActorFacts | undefined {
  const phrase = beforeClause(words).filter((w) => w.pos !== 'PUNCT');
  if (phrase.length === 0 || phrase.length > 4 || !phrase.every((w) => /^\p{Lu}/u.test(w.text)))
    return undefined;
  const name = phrase.map((w) => w.text).join(' ');
  const facts =
    r.registry.named(name, ['person', 'organization', 'media', 'group', 'country']) ??
    r.registry.person(name);
  if (!facts) return undefined;
  const mention: Mention = {
    span: [phrase[0]!.start, phrase.at(-1)!.end],
    text: name,
    form: 'name',
    type: facts.draft.type,
    sentence: phrase[0]!.sentence,
    name,
  };
  return r.link(mention, facts, [name]);
}

/** Determiners that make a description point back at something the article named ("the group"). */
const DEFINITE = new Set(['the', 'this', 'that']);
/** Parts of speech that end a source's noun chunk ("a poll of voters", "the panel, which"). */
const CHUNK_ENDS = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'PRON', 'PUNCT']);
/** At most this many words label a described source; longer phrases keep their noun chunk. */
const MAX_LABEL_WORDS = 8;

/** The words of a speaker phrase before its relative clause or comma ("one Republican ..., who"). */
function beforeClause(words: Word[]): Word[] {
  const end = words.findIndex(
    (w, i) => i > 0 && (w.text === ',' || (w.pos === 'PRON' && RELATIVE_PRONOUNS.has(w.lemma))),
  );
  return end < 0 ? words : words.slice(0, end);
}

/** The noun chunk opening a phrase: determiner, modifiers and a common-noun head ("the advisory panel"). */
function nounChunk(words: Word[]): Word[] | undefined {
  let end = 0;
  while (end < words.length && (end === 0 || !CHUNK_ENDS.has(words[end]!.pos))) end++;
  // a post-modifier ends the chunk too ("one Republican involved in ..."): the head is its last noun
  while (end > 1 && words[end - 1]!.pos !== 'NOUN' && words[end - 1]!.pos !== 'PROPN') end--;
  const chunk = words.slice(0, end);
  const head = chunk.at(-1);
  // a proper-noun head only after a determiner or number ("one Republican", not "Bombshell")
  const counted = chunk.length > 1 && (chunk[0]!.pos === 'DET' || chunk[0]!.pos === 'NUM');
  if (!head || head.possessive || !(head.pos === 'NOUN' || (head.pos === 'PROPN' && counted)))
    return undefined;
  const lemma = head.lemma.toLowerCase();
  // "Tuesday morning", "weeks of uncertainty": time, not a source
  if (TIME_WORDS.has(lemma) || isCalendarWord(head.text)) return undefined;
  // "their presence on the scene": someone's thing, not the one who speaks
  if (chunk.some((w) => w.pos === 'PRON' || w.possessive)) return undefined;
  return chunk;
}

/** A non-person actor named before a definite description whose name holds its head ("the court" -> "Supreme Court"). */
function namedBefore(r: Resolver, start: number, head: string): ActorFacts | undefined {
  for (const e of r.timeline.before(start, 60)) {
    const { type, label } = e.facts.draft;
    if (type === 'person' || type === 'anonymous') continue;
    if (label.toLowerCase().split(/\s+/).includes(head)) return e.facts;
  }
  return undefined;
}

/**
 * The actor of a source phrase that names nobody the article knows ("the advisory panel", "All
 * three candidates", "polls", "a controversial speaker at an anti-migrant rally"): a definite
 * description joins the organisation it points back to when one was named with its head word;
 * otherwise the description is its own actor (`anonymous`, or `group` for a plural), as the graph
 * contract allows for unnamed sources. A definite one keeps its "the": it means something only in
 * its article, and the graph keeps it apart from other articles' (see `graph/actors.ts`).
 */
function describedSource(r: Resolver, words: Word[]): ActorFacts | undefined {
  const phrase = beforeClause(words.filter((w) => w.text !== '(' && w.text !== ')'));
  const chunk = nounChunk(phrase);
  if (!chunk) return undefined;
  const head = chunk.at(-1)!;
  const definite = DEFINITE.has(chunk[0]!.text.toLowerCase());
  const shown = phrase.length <= MAX_LABEL_WORDS ? phrase : chunk;
  const text = shown.map((w) => w.text).join(' ');
  const plural = head.text.toLowerCase() !== head.lemma.toLowerCase() && /s$/i.test(head.text);
  const type = plural ? 'group' : 'anonymous';
  const mention: Mention = {
    span: [shown[0]!.start, shown.at(-1)!.end],
    text,
    form: 'anonymous',
    type,
    sentence: head.sentence,
    name: text,
    plural,
  };
  const named = definite && !plural ? namedBefore(r, mention.span[0], head.lemma.toLowerCase()) : undefined;
  const label = definite ? `${chunk[0]!.text.toLowerCase()}${text.slice(chunk[0]!.text.length)}` : text;
  const facts = named ?? r.registry.createDescribed(label, type, plural);
  return r.link(mention, facts, [text]);
}
