import type { Span } from '../contract/types.js';
import { readAnonymous, readDescription, readGroup } from '../mentions/descriptions.js';
import type { Mention } from '../mentions/types.js';
import { toWords, type Word } from '../mentions/words.js';
import { countBefore } from '../text/sorted-search.js';
import { textTable } from '../text/tables.js';
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
  const speakerAt = (span: Span): ActorDraft | undefined => {
    const known = actorAt(span);
    if (known) return known;
    // a name that only located something elsewhere acts here ("Iowa said", "Kyiv replied")
    const named = within(mentions, span, (m) => m.span).find(
      (m) => m.form === 'name' && !m.heading && !m.modifier,
    );
    if (named) return r.resolveName({ ...named, locative: false })?.draft;
    words ??= toWords(r.parsed);
    return speakerFromPhrase(
      r,
      within(words, span, (w) => [w.start, w.end]),
    )?.draft;
  };
  return { actors, actorsIn, actorAt, speakerAt };
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
  return undefined;
}
