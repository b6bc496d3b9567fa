import type { ActorType, Span } from '../contract/types.js';

/**
 * How a mention names its entity: a proper name, a title alone ("the president"), a demonym
 * ("Russian"), a pronoun, a description ("the Russian leader"), an anonymous source ("a U.S.
 * defense official") or a group ("European leaders", "reporters").
 */
export type MentionForm = 'name' | 'title' | 'demonym' | 'pronoun' | 'description' | 'anonymous' | 'group';

/** Grammatical gender a mention implies, when it implies one. */
export type Gender = 'm' | 'f';

/** A span of text that refers to an actor. */
export interface Mention {
  span: Span;
  text: string;
  form: MentionForm;
  /** Best guess of the entity's type from the mention alone. */
  type: ActorType;
  sentence: number;
  /** The whole noun phrase when it is longer than the mention ("Russia's Vladimir Putin"). */
  phrase?: string;
  /** Title words before a name ("Press Secretary"), when present. */
  title?: string;
  /** The name itself, without title, affiliation or possessive ("Karoline Leavitt"). */
  name?: string;
  /** Country code (ISO alpha-3) of a country, demonym or capital mention. */
  country?: string;
  /** Mention this one belongs to ("Russian" in "Russian Foreign Minister Sergey Lavrov"). */
  affiliation?: Mention;
  gender?: Gender;
  plural?: boolean;
  /** Written with a possessive "'s" ("Trump's"). */
  possessive?: boolean;
  /** Followed by a verb, i.e. likely the subject of its clause. */
  subject?: boolean;
  /** Governed by a preposition ("the care of a Dr. Bailey"): never the subject of its clause. */
  oblique?: boolean;
  /** Only locates something ("in Geneva"): an actor only if something else makes it act. */
  locative?: boolean;
  /** A place that is not a country or capital ("Iowa", "Trump Tower"). */
  place?: boolean;
  /** Mentions in headings and datelines attach to known actors but never create one. */
  heading?: boolean;
  /** A demonym used as an adjective ("Russian fears"): names the country without creating it. */
  modifier?: boolean;
}
