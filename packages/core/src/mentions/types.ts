import type { ActorType, Span } from '../contract/types.js';

/** How a mention names its entity. */
export type MentionForm = 'name' | 'title' | 'demonym' | 'pronoun' | 'description';

/** A span of text that refers to an actor. */
export interface Mention {
  span: Span;
  text: string;
  form: MentionForm;
  /** Best guess of the entity's type from the mention alone. */
  type: ActorType;
  sentence: number;
  /** Title words before a name ("Press Secretary"), when present. */
  title?: string;
}
