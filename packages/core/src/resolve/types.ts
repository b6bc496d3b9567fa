import type { ActorType, Span } from '../contract/types.js';

/** One entity of one article. `id` is local to the extraction. */
export interface ActorDraft {
  id: string;
  label: string;
  type: ActorType;
  /** Every surface form seen, including the label. */
  aliases: string[];
  title?: string;
  /** Ids of actors this one belongs to ("Russian Foreign Minister Sergey Lavrov" -> Russia). */
  affiliations: string[];
  /** Spans of every mention resolved to this actor. */
  mentionSpans: Span[];
}

/** The entities of one article and which mention belongs to which. */
export interface Resolution {
  actors: ActorDraft[];
  /** The actor a span of text refers to, if any mention inside it was resolved. */
  actorAt(span: Span): ActorDraft | undefined;
  /**
   * The actor a speaker phrase refers to (a name, title, pronoun, description such as "the Russian
   * leader", or anonymous source such as "a U.S. defense official"), creating an actor for a
   * description or anonymous source that has none yet.
   */
  speakerAt(span: Span): ActorDraft | undefined;
  /** Every actor with a mention inside the span. */
  actorsIn(span: Span): ActorDraft[];
  /**
   * Drops the actors that speaker lookups made (after the mentions were resolved) and that no id
   * in `used` names: the speakers of statements a later stage discarded, which would stand in the
   * graph with no edge. Their affiliations stay when they do.
   */
  settle(used: Set<string>): void;
}
