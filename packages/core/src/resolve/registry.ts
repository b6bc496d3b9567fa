import type { ActorType, Span } from '../contract/types.js';
import type { Gender, Mention } from '../mentions/types.js';
import { nameKey, nameWords } from '../text/normalize.js';
import { acronymOf, compatiblePersonNames, surnameOf } from './names.js';
import type { ActorDraft } from './types.js';

/** What resolution knows about an actor beyond the draft it returns. */
export interface ActorFacts {
  draft: ActorDraft;
  gender?: Gender;
  plural: boolean;
  /** ISO alpha-3 code of a country actor. */
  country?: string;
  /** Country codes of the countries the actor is affiliated with. */
  countries: Set<string>;
  /** Lower-case titles seen ("president", "foreign minister"). */
  titles: Set<string>;
  /** Normalised name tokens of the canonical name. */
  tokens: string[];
  /** Keys of the spans already recorded, so a mention is counted once. */
  spanKeys: Set<string>;
}

const stripThe = (text: string) => text.replace(/^the\s+/i, '');

/** How many people a spelling-variant search compares at most (the most recent ones). */
const FUZZY_LIMIT = 200;

function addTo(map: Map<string, ActorFacts[]>, key: string, facts: ActorFacts): void {
  const list = map.get(key);
  if (!list) map.set(key, [facts]);
  else if (list.at(-1) !== facts && !list.includes(facts)) list.push(facts);
}

/**
 * The actors of one article, with lookups by name, country and acronym. Creates actors and adds
 * surface forms; knows nothing about where mentions are.
 */
export class ActorRegistry {
  readonly facts: ActorFacts[] = [];
  private readonly byCountry = new Map<string, ActorFacts>();
  private readonly byName = new Map<string, ActorFacts>();
  /** People by the first letter of their surname: spelling variants share it. */
  private readonly byInitial = new Map<string, ActorFacts[]>();
  /** People by their exact surname and by their first name. */
  private readonly bySurname = new Map<string, ActorFacts[]>();
  private readonly byFirstName = new Map<string, ActorFacts[]>();
  /** Described sources by their label ("the advisory panel"). */
  private readonly described = new Map<string, ActorFacts>();
  /** Organisations and outlets by the initials of their name. */
  private readonly byInitials = new Map<string, ActorFacts>();

  /** Every actor, in order of creation (a live list: speaker lookups may still add to it). */
  readonly drafts: ActorDraft[] = [];

  /** Creates an actor named `label` of the given type. */
  create(label: string, type: ActorType, extra: Partial<ActorFacts> = {}): ActorFacts {
    // outlets keep their article ("The Hill"); other names drop it ("the White House")
    const clean = type === 'media' ? label : stripThe(label);
    const draft: ActorDraft = {
      id: `a${this.facts.length}`,
      label: clean,
      type,
      aliases: [clean],
      affiliations: [],
      mentionSpans: [],
    };
    const facts: ActorFacts = {
      draft,
      plural: false,
      countries: new Set(),
      titles: new Set(),
      tokens: nameWords(label),
      spanKeys: new Set(),
      ...extra,
    };
    this.facts.push(facts);
    this.drafts.push(draft);
    if (facts.country) this.byCountry.set(facts.country, facts);
    if (type !== 'anonymous') this.byName.set(nameKey(label), facts);
    this.index(facts);
    return facts;
  }

  /**
   * Creates the actor of a described source ("the advisory panel", "polls") with its label as
   * written: its determiner stays ("the panel" is not "Panel"). The same description again in the
   * article is the same actor.
   */
  createDescribed(label: string, type: 'anonymous' | 'group', plural: boolean): ActorFacts {
    const known = this.described.get(label);
    if (known) return known;
    const facts = this.create(label, type, { plural });
    facts.draft.label = label;
    facts.draft.aliases = [label];
    this.described.set(label, facts);
    return facts;
  }

  private index(facts: ActorFacts): void {
    const { type, label } = facts.draft;
    if (type === 'person') {
      const surname = surnameOf(facts.tokens);
      if (!surname) return;
      addTo(this.byInitial, surname[0]!, facts);
      addTo(this.bySurname, surname, facts);
      if (facts.tokens.length > 1) addTo(this.byFirstName, facts.tokens[0]!, facts);
    } else if (type === 'organization' || type === 'media') {
      const initials = acronymOf(label);
      if (initials && !this.byInitials.has(initials)) this.byInitials.set(initials, facts);
    }
  }

  /** The country actor for an ISO code, if there is one yet. */
  country(code: string): ActorFacts | undefined {
    return this.byCountry.get(code);
  }

  /** An actor of a compatible type already known under exactly this name. */
  named(name: string, types: ActorType[]): ActorFacts | undefined {
    const found = this.byName.get(nameKey(name));
    return found && types.includes(found.draft.type) ? found : undefined;
  }

  /** An organisation or media actor this name abbreviates or spells out ("ICC" <-> "International Criminal Court"). */
  byAcronym(name: string): ActorFacts | undefined {
    const spelledOut = this.byInitials.get(nameKey(name).replace(/ /g, ''));
    if (spelledOut) return spelledOut;
    const own = acronymOf(name);
    return own ? this.named(own, ['organization', 'media']) : undefined;
  }

  /**
   * The most recently mentioned person whose name fits ("Trump" -> "Donald Trump"; "Zelensky" ->
   * "Volodymyr Zelenskyy"), or undefined when no known person fits.
   */
  person(name: string): ActorFacts | undefined {
    const tokens = nameWords(name);
    let best: ActorFacts | undefined;
    let bestAt = -1;
    const surname = surnameOf(tokens) ?? '';
    const exact = this.bySurname.get(surname) ?? [];
    const variants = exact.length ? [] : (this.byInitial.get(surname[0] ?? '') ?? []).slice(-FUZZY_LIMIT);
    for (const f of [...exact, ...variants]) {
      if (!compatiblePersonNames(tokens, f.tokens)) continue;
      const at = f.draft.mentionSpans.at(-1)?.[0] ?? -1;
      if (at > bestAt) [best, bestAt] = [f, at];
    }
    return best;
  }

  /** The one person of the article whose full name starts with this first name ("Bernie"), if only one. */
  firstNamed(name: string): ActorFacts | undefined {
    const tokens = nameWords(name);
    if (tokens.length !== 1) return undefined;
    const fits = this.byFirstName.get(tokens[0]!) ?? [];
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Records a mention of the actor: its span, surface forms, title and gender. */
  addMention(facts: ActorFacts, mention: Mention, aliases: string[]): void {
    const { draft } = facts;
    const key = `${mention.span[0]}:${mention.span[1]}`;
    if (!facts.spanKeys.has(key)) {
      facts.spanKeys.add(key);
      draft.mentionSpans.push(mention.span);
    }
    for (const alias of aliases) this.addAlias(facts, alias);
    if (mention.title && mention.form !== 'description') {
      facts.titles.add(mention.title.toLowerCase());
      if (!draft.title || mention.title.length > draft.title.length) draft.title = mention.title;
    }
    if (mention.gender && draft.type === 'person' && mention.form !== 'pronoun')
      facts.gender ??= mention.gender;
  }

  /** Adds a surface form; a longer person name becomes the label ("Trump" -> "Donald Trump"). */
  addAlias(facts: ActorFacts, alias: string): void {
    const { draft } = facts;
    const clean = alias.trim();
    if (!clean || draft.aliases.includes(clean)) return;
    draft.aliases.push(clean);
    this.byName.set(nameKey(clean), facts);
  }

  /** Makes `name` the canonical label when it is a fuller name of a person. */
  promoteLabel(facts: ActorFacts, name: string): void {
    const tokens = nameWords(name);
    if (facts.draft.type === 'person' && tokens.length > facts.tokens.length) {
      facts.draft.label = stripThe(name);
      facts.tokens = tokens;
      this.addAlias(facts, name);
      this.index(facts);
    }
  }

  /** Sorts each actor's mention spans by position (mentions may be added out of order). */
  finish(): void {
    for (const f of this.facts) {
      f.draft.mentionSpans.sort((a: Span, b: Span) => a[0] - b[0]);
    }
  }
}
