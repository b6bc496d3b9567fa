import type { Span } from '../contract/types.js';
import type { ActorDraft } from '../extract/types.js';

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
}
