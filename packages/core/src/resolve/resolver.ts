import type { Span } from '../contract/types.js';
import { countryLexicon } from '../lexicon/countries.js';
import { MEMBER_PLURALS, ORGANIZATION_HEADS } from '../lexicon/institutions.js';
import { LEADER_TITLES } from '../lexicon/titles.js';
import { isDemonymWord, isPluralDemonym } from '../lexicon/words.js';
import type { Mention } from '../mentions/types.js';
import type { ParsedText } from '../text/types.js';
import { type ActorFacts, ActorRegistry } from './registry.js';
import { Timeline } from './timeline.js';

/** Key of a span in the resolver's maps. */
export const spanKey = (s: Span) => `${s[0]}:${s[1]}`;

/** Mentions that can make a new actor on their own (the rest only attach to known ones). */
const createsActor = (m: Mention) => !m.heading && !m.locative && !m.modifier;

/**
 * A name typed person whose last word says otherwise: a company suffix or organisation head
 * ("Trump Restaurants LLC") makes an organisation, a people's or party's members ("Asian
 * Americans", "African American", "Georgia Republicans") a group. Two such names never become one person with two given names.
 */
function retypedByHead(m: Mention): Mention {
  if (m.type !== 'person' || m.form !== 'name') return m;
  const last = (m.name ?? m.text).split(/\s+/).at(-1) ?? '';
  if (ORGANIZATION_HEADS.has(last.toLowerCase())) return { ...m, type: 'organization' };
  if (isDemonymWord(last) || isPluralDemonym(last) || MEMBER_PLURALS.has(last.toLowerCase()))
    return { ...m, type: 'group', plural: true };
  return m;
}

/** The state of one article's resolution. */
export class Resolver {
  readonly registry = new ActorRegistry();
  /** Actor of each resolved mention, by span. */
  readonly byMention = new Map<string, ActorFacts>();
  readonly timeline = new Timeline();
  /** Every resolved mention span with its actor, in resolution order. */
  readonly links: { span: Span; facts: ActorFacts }[] = [];

  constructor(readonly parsed: ParsedText) {}

  /** Records that a mention refers to an actor. */
  link(m: Mention, facts: ActorFacts, aliases: string[] = []): ActorFacts {
    this.registry.addMention(facts, m, aliases);
    if (!this.byMention.has(spanKey(m.span))) this.links.push({ span: m.span, facts });
    this.byMention.set(spanKey(m.span), facts);
    return facts;
  }

  /** The actor of a country code, created on demand from the country lexicon. */
  countryActor(code: string, create: boolean): ActorFacts | undefined {
    const known = this.registry.country(code);
    if (known || !create) return known;
    const entry = countryLexicon().byCode.get(code);
    return entry ? this.registry.create(entry.label, 'country', { country: code }) : undefined;
  }

  /** Resolves a name mention (person, organisation, media, country, group) to its actor. */
  resolveName(mention: Mention): ActorFacts | undefined {
    const m = retypedByHead(mention);
    const done = this.byMention.get(spanKey(m.span));
    if (done) return done;
    // a place that only locates something ("in Geneva", "met in Washington") is nobody
    if (m.locative && (m.type === 'country' || m.type === 'place')) return undefined;
    const create = createsActor(m) || (m.form === 'demonym' && !m.modifier);
    const name = m.name ?? m.text;
    let facts: ActorFacts | undefined;
    const aliases = m.phrase ? [m.text, m.phrase] : [m.text];
    if (m.country && m.type === 'country') {
      facts = this.countryActor(m.country, create);
    } else if (m.type === 'person') {
      facts =
        this.registry.named(name, ['person']) ?? this.registry.person(name) ?? this.registry.firstNamed(name);
      if (!facts && create && m.form === 'name') facts = this.registry.create(name, 'person');
      if (facts) {
        this.registry.promoteLabel(facts, name);
        aliases.push(name);
      }
    } else if (m.type === 'anonymous') {
      facts = create ? this.registry.create(name, 'anonymous', { plural: m.plural ?? false }) : undefined;
    } else {
      const types =
        m.type === 'country'
          ? (['country'] as const)
          : m.type === 'place'
            ? (['place', 'country'] as const)
            : m.type === 'group'
              ? (['group'] as const)
              : (['organization', 'media'] as const);
      facts =
        this.registry.named(name, [...types]) ??
        (m.type === 'group' ? undefined : this.registry.byAcronym(name));
      if (!facts && create) facts = this.registry.create(name, m.type, { plural: m.type === 'group' });
      if (facts) aliases.push(name);
    }
    if (!facts) return undefined;
    this.link(m, facts, aliases);
    if (m.affiliation) this.affiliate(facts, m.affiliation);
    return facts;
  }

  /** Links an actor to the country or organisation it belongs to, creating that actor if needed. */
  affiliate(facts: ActorFacts, affiliation: Mention): void {
    // a person's nationality makes its country an actor; an organisation's ("Greek Orthodox Church") does not
    const creates = facts.draft.type !== 'organization' && facts.draft.type !== 'media';
    const target = this.resolveName({
      ...affiliation,
      modifier: !creates,
      heading: affiliation.heading ?? false,
    });
    if (!target || target === facts) return;
    if (!facts.draft.affiliations.includes(target.draft.id)) facts.draft.affiliations.push(target.draft.id);
    if (target.country) facts.countries.add(target.country);
  }

  /** Links an actor to a country by code, creating the country actor if needed. */
  affiliateCountry(facts: ActorFacts, code: string): void {
    const country = this.countryActor(code, true);
    if (!country || country === facts) return;
    if (!facts.draft.affiliations.includes(country.draft.id)) facts.draft.affiliations.push(country.draft.id);
    facts.countries.add(code);
  }

  /** The person a description ("the Russian leader", "the president") refers to, if one fits. */
  resolveDescription(m: Mention): ActorFacts | undefined {
    const title = (m.title ?? '').toLowerCase();
    const head = title.split(' ').at(-1) ?? '';
    const wantsLeader = LEADER_TITLES.has(title) || head === 'leader';
    let best: { facts: ActorFacts; score: number } | undefined;
    for (const e of this.timeline.before(m.span[0], 400)) {
      if (e.facts.draft.type !== 'person') continue;
      const f = e.facts;
      if (m.country && !f.countries.has(m.country)) continue;
      const titles = [...f.titles];
      const titleFits = titles.some((t) => t === title || t.endsWith(` ${head}`) || t === head);
      const leaderFits =
        wantsLeader &&
        (titles.length === 0 ? m.country !== undefined : titles.some((t) => LEADER_TITLES.has(t)));
      if (!titleFits && !leaderFits) continue;
      const score = titleFits ? 2 : 1;
      if (!best || score > best.score) best = { facts: f, score };
    }
    return best?.facts;
  }

  /** Adds a resolved mention to the timeline pronouns and descriptions look back at. */
  remember(m: Mention, facts: ActorFacts): void {
    this.timeline.add({
      start: m.span[0],
      sentence: m.sentence,
      facts,
      subject: m.subject ?? false,
      ...(m.oblique ? { oblique: true } : {}),
    });
  }
}
