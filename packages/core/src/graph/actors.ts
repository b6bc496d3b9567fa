import type { ActorNode, ActorType } from '../contract/types.js';
import { acronymOf, compatiblePersonNames, surnameOf } from '../resolve/names.js';
import type { ActorDraft } from '../resolve/types.js';
import { nameKey, nameWords, slugify } from '../text/normalize.js';
import type { ParleyGraph } from './types.js';

/** Actor types that can be one entity: an outlet is an organisation too. */
const kindOf = (type: ActorType) => (type === 'media' ? 'organization' : type);

/**
 * Whether an alias is a name worth matching across articles: capitalised, not a description
 * ("the Russian leader"), a pronoun or an anonymous phrase.
 */
const isNameAlias = (alias: string) =>
  /^\p{Lu}/u.test(alias) && !/^(The|A|An|One|Two|Three|Some|Several)\s+\p{Ll}/u.test(alias);

/**
 * Whether an actor means something only in its own article: a described source with its definite
 * determiner ("the advisory panel", "the groups"; see resolve's described sources). Two articles'
 * "the group" are two groups, so such an actor is never merged across articles.
 */
const isArticleBound = (type: ActorType, label: string) =>
  (type === 'anonymous' || type === 'group') && /^(the|this|that)\s/.test(label);

/** The key an actor is found by under one of its names: its kind and the name, folded. */
const lookupKey = (type: ActorType, name: string) => `${kindOf(type)}:${nameKey(name)}`;

/** The key grouping people by surname: the candidates for "Trump" alone. */
const surnameKey = (label: string) => {
  const surname = surnameOf(nameWords(label))?.[0];
  return surname === undefined ? undefined : `person~${surname}`;
};

/** The names of a non-person actor it is found by: its label and its capitalised aliases. */
const matchableNames = (label: string, aliases: string[]) => [label, ...aliases.filter(isNameAlias)];

/**
 * Every key {@link ActorIndex} files an actor node of the graph under (its names, acronym and
 * surname group). A store that keeps actors as rows indexes them by these keys, loads the actors
 * sharing a key with an article's drafts ({@link draftLookupKeys}) and merges in those alone: the
 * outcome is the one over the whole graph.
 * @example actorLookupKeys('organization', 'International Criminal Court', []) // [..., 'organization:icc']
 */
export function actorLookupKeys(type: ActorType, label: string, aliases: string[]): string[] {
  if (isArticleBound(type, label)) return [];
  if (type === 'anonymous') return [lookupKey(type, label)];
  if (type === 'person') {
    const group = surnameKey(label);
    return group ? [lookupKey(type, label), group] : [];
  }
  const keys = matchableNames(label, aliases).map((name) => lookupKey(type, name));
  const initials = kindOf(type) === 'organization' ? acronymOf(label) : undefined;
  if (initials) keys.push(lookupKey(type, initials));
  return [...new Set(keys)];
}

/** Every key {@link ActorIndex} may look a draft up by: the actors it can merge into share one. */
export function draftLookupKeys(draft: ActorDraft): string[] {
  if (isArticleBound(draft.type, draft.label)) return [];
  if (draft.type === 'anonymous') return [lookupKey(draft.type, draft.label)];
  if (draft.type === 'person') {
    const group = surnameKey(draft.label);
    return [lookupKey(draft.type, draft.label), ...(group ? [group] : [])];
  }
  return [...new Set(matchableNames(draft.label, draft.aliases).map((name) => lookupKey(draft.type, name)))];
}

interface KnownPerson {
  key: string;
  tokens: string[];
}

/**
 * Finds actors across articles, one node per entity:
 * - people by full name, surname and spelling variant ("Zelensky" / "Zelenskyy"), never two
 *   people who only share a first name ("Paul Ryan" / "Paul Dewar");
 * - organisations and outlets by name, any capitalised alias, or acronym ("ICC");
 * - countries, groups and anonymous sources by their exact name ("a U.S. defense official" is
 *   one recurring node, as a reader of the graph would search for it), except a definite
 *   described source ("the advisory panel"), which stays in its article.
 */
export class ActorIndex {
  private readonly byName = new Map<string, string>();
  private readonly people = new Map<string, KnownPerson[]>();

  /** Indexes the actors already in the graph, so new articles merge into them. */
  constructor(private readonly graph: ParleyGraph) {
    graph.forEachNode((key, a) => {
      if (a.kind === 'actor') this.remember(key, a.type, a.label, a.aliases);
    });
  }

  /** Adds or merges the actor into the graph and returns its node key. */
  upsert(draft: ActorDraft): string {
    const key = this.find(draft) ?? this.create(draft);
    const node = this.graph.getNodeAttributes(key) as ActorNode;
    const aliases = new Set([...node.aliases, draft.label, ...draft.aliases]);
    // the fullest name of a person is its label ("Putin" in one article, "Vladimir Putin" in the next)
    const fuller = node.type === 'person' && nameWords(draft.label).length > nameWords(node.label).length;
    this.graph.mergeNodeAttributes(key, {
      aliases: [...aliases],
      mentions: node.mentions + draft.mentionSpans.length,
      ...(fuller ? { label: draft.label } : {}),
      ...(node.title || !draft.title ? {} : { title: draft.title }),
    });
    this.remember(key, draft.type, draft.label, draft.aliases);
    return key;
  }

  private remember(key: string, type: ActorType, label: string, aliases: string[]): void {
    if (isArticleBound(type, label)) return;
    if (type === 'anonymous') {
      this.byName.set(lookupKey(type, label), key);
      return;
    }
    if (type === 'person') {
      const tokens = nameWords(label);
      const initial = surnameKey(label);
      if (!initial) return;
      const list = this.people.get(initial) ?? [];
      const known = list.find((p) => p.key === key);
      if (known) known.tokens = tokens.length > known.tokens.length ? tokens : known.tokens;
      else list.push({ key, tokens });
      this.people.set(initial, list);
      this.byName.set(lookupKey(type, label), key);
      return;
    }
    for (const name of matchableNames(label, aliases)) {
      const k = lookupKey(type, name);
      if (!this.byName.has(k)) this.byName.set(k, key);
    }
    const initials = kindOf(type) === 'organization' ? acronymOf(label) : undefined;
    if (initials && !this.byName.has(lookupKey(type, initials)))
      this.byName.set(lookupKey(type, initials), key);
  }

  private find(draft: ActorDraft): string | undefined {
    if (isArticleBound(draft.type, draft.label)) return undefined;
    if (draft.type === 'anonymous') return this.byName.get(lookupKey(draft.type, draft.label));
    if (draft.type === 'person') return this.findPerson(draft.label);
    for (const name of matchableNames(draft.label, draft.aliases)) {
      const key = this.byName.get(lookupKey(draft.type, name));
      if (key) return key;
    }
    return undefined;
  }

  /** The person node this name fits; a bare surname goes to the most mentioned person bearing it. */
  private findPerson(label: string): string | undefined {
    const exact = this.byName.get(lookupKey('person', label));
    if (exact) return exact;
    const tokens = nameWords(label);
    const fits = (this.people.get(surnameKey(label) ?? '') ?? []).filter((p) =>
      compatiblePersonNames(tokens, p.tokens),
    );
    if (fits.length === 0) return undefined;
    // "Trump" alone with "Donald Trump" and "Eric Trump" known: the one mentioned most
    const mentions = (p: KnownPerson) => (this.graph.getNodeAttributes(p.key) as ActorNode).mentions;
    return fits.sort((a, b) => mentions(b) - mentions(a))[0]!.key;
  }

  private create(draft: ActorDraft): string {
    const base = `actor:${slugify(draft.label)}`;
    let key = base;
    for (let n = 2; this.graph.hasNode(key); n++) key = `${base}-${n}`;
    this.graph.addNode(key, {
      kind: 'actor',
      label: draft.label,
      aliases: [],
      type: draft.type,
      mentions: 0,
    });
    return key;
  }
}
