import type { ActorType } from '../contract/types.js';
import {
  COMPASS_QUALIFIERS,
  type CountryEntry,
  countryByCapital,
  countryByDemonym,
  countryByName,
} from '../lexicon/countries.js';
import {
  EVENT_HEADS,
  INSTITUTION_NAMES,
  MEDIA_HEADS,
  MEDIA_NAMES,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
} from '../lexicon/institutions.js';
import {
  isCommonWord,
  isDemonymWord,
  isFirstName,
  isKnownOrganization,
  isKnownPlace,
  isPluralDemonym,
} from '../lexicon/words.js';
import { PROGRAMME_NOUNS } from '../lexicon/works.js';
import type { EntityType } from '../text/types.js';
import type { Word } from './words.js';

/** What a bare name (no title, no possessive) most likely names. */
export type NameKind =
  | { kind: 'country'; country: CountryEntry }
  | { kind: 'capital'; country: CountryEntry }
  | { kind: 'demonym'; country: CountryEntry; plural: boolean }
  | { kind: 'group' }
  | { kind: 'place' }
  | { kind: 'actor'; type: ActorType }
  | { kind: 'none' };

const withoutThe = (text: string) => text.replace(/^the\s+/i, '');
/** "NATO", "FBI", "U.N.": capitals only, not an ordinary word in capitals ("TEXT") nor a dotted state ("N.H."). */
const isAcronym = (text: string) =>
  /^[A-Z][A-Z&.]{1,6}$/.test(text) &&
  /[A-Z].*[A-Z]/.test(text) &&
  !/^([A-Z]\.){2}$/.test(text) &&
  !isCommonWord(text);
const lower = (w: Word) => w.text.toLowerCase();
/** English participles and adjectives compounded onto a name ("-inspired", "-led", "-based"). */
const NAME_ADJECTIVE =
  /-(inspired|backed|led|based|born|owned|run|funded|supported|sponsored|allied|aligned|linked|affiliated|controlled|held|brokered|friendly|style|era|like)$/;

/** A plural demonym or a people's name ("Afghans", "Europeans", "Muslims"). */
function pluralPeople(text: string): boolean {
  if (!/s$/.test(text)) return false;
  if (isPluralDemonym(text)) return true;
  const singular = text.replace(/e?s$/, '');
  return (
    countryByDemonym(text) !== undefined ||
    (/(an|ese|ish|i|ch)s?$/.test(singular) && countryByDemonym(singular) !== undefined)
  );
}

/** Whether the words look like a news outlet ("Fox News", "The Straits Times", "Politico"). */
export function isMediaName(words: Word[]): boolean {
  const text = withoutThe(words.map((w) => w.text).join(' ')).toLowerCase();
  if (MEDIA_NAMES.has(text) || MEDIA_NAMES.has(`the ${text}`)) return true;
  if (words.length < 2) return false;
  const last = lower(words.at(-1)!);
  // "The Sean Hannity Show": a programme named after its host is still a programme
  return PROGRAMME_NOUNS.has(last) || (MEDIA_HEADS.has(last) && !isFirstName(words[0]!.text));
}

/** Whether the words name an organisation by their shape ("Civic Party", "Ministry of Culture", "NATO"). */
export function isOrganizationName(words: Word[]): boolean {
  const text = withoutThe(words.map((w) => w.text).join(' '));
  if (INSTITUTION_NAMES.has(text.toLowerCase()) || isKnownOrganization(text)) return true;
  if (words.length === 1) return isAcronym(text) && !countryByName(text);
  const personLike = isFirstName(words[0]!.text) && words.length <= 3;
  if (!personLike && words.some((w) => ORGANIZATION_HEADS.has(lower(w)))) return true;
  // "Environment Canada": a multi-word name ending in a country is an agency of it ("New Jersey" is not)
  return (
    !personLike &&
    countryByName(words.at(-1)!.text) !== undefined &&
    !countryByName(text) &&
    !COMPASS_QUALIFIERS.has(lower(words[0]!)) &&
    !isKnownPlace(text)
  );
}

/**
 * What a name the lexicon rules cannot place is: a person, unless the entity tagger says it is an
 * event or a thing ("World War II", "Brexit": not actors). The tagger's places and organisations
 * are not taken (measured on the Wikinews actors): trained on GUM, it reads Chinese names split at
 * their hyphens ("Cheng Chung" of "Cheng Chung-tai") as places and "Alvin Yeung of Civic Party" as
 * one organisation, while the rules above already know organisations and places by lexicon and heads.
 */
function byTagger(tagged: EntityType | undefined): NameKind {
  if (tagged === 'event' || tagged === 'other') return { kind: 'none' };
  return { kind: 'actor', type: 'person' };
}

/**
 * Classifies a bare name: country, capital, demonym, place, organisation, media or person.
 * @param tagged the entity tagger's type for these words, used when the lexicon rules find nothing
 * @example classifyName(words) // { kind: 'actor', type: 'person' }
 */
export function classifyName(words: Word[], tagged?: EntityType): NameKind {
  const text = words.map((w) => w.text).join(' ');
  const country = countryByName(text);
  if (country) return { kind: 'country', country };
  const last = lower(words.at(-1)!);
  if (words.length > 1 && EVENT_HEADS.has(last)) return { kind: 'none' };
  // "Islamic State-inspired", "Kremlin-backed": an adjective made from a name describes, it does not act
  if (NAME_ADJECTIVE.test(last)) return { kind: 'none' };
  if (words.length > 1 && PLACE_HEADS.has(last) && !isFirstName(words[0]!.text)) return { kind: 'place' };
  if (isMediaName(words)) return { kind: 'actor', type: 'media' };
  if (isOrganizationName(words)) return { kind: 'actor', type: 'organization' };
  if (words.length === 1) {
    const w = words[0]!;
    const demonymCountry = countryByDemonym(w.text);
    if (demonymCountry) return { kind: 'demonym', country: demonymCountry, plural: /s$/.test(w.text) };
    if (pluralPeople(w.text)) return { kind: 'group' };
    const capital = countryByCapital(w.text);
    if (capital) return { kind: 'capital', country: capital };
    if (isKnownPlace(w.text) && !isFirstName(w.text)) return { kind: 'place' };
    if (ORGANIZATION_HEADS.has(lower(w)) || PLACE_HEADS.has(lower(w))) return { kind: 'none' };
    // "(R-Calif.)" party codes, initials ("Y."), abbreviated states ("Ala.")
    if (/^[RDI]-\p{Lu}/u.test(w.text) || /^\p{Lu}\.?$/u.test(w.text)) return { kind: 'none' };
    if (/^\p{Lu}\p{Ll}{1,4}\.$/u.test(w.text) || /^(\p{Lu}\.){2,3}$/u.test(w.text)) return { kind: 'place' };
    // adjectives and nouns of doctrine or language ("Islamist", "Reaganesque", "English")
    if (/(ism|ist|esque|ish)$/.test(w.text) || isDemonymWord(w.text)) return { kind: 'none' };
    // adjectives and common words written with a capital ("Western", "European", "Pan-democrat")
    if (w.pos === 'ADJ' || isCommonWord(w.text) || /^(pro|anti|pan|non)-/i.test(w.text))
      return { kind: 'none' };
  } else {
    const capital = countryByCapital(text);
    if (capital) return { kind: 'capital', country: capital };
    if (isKnownPlace(text)) return { kind: 'place' };
  }
  return byTagger(tagged);
}
