import nlp from 'compromise/two';

/**
 * compromise's word lexicon, read once as a plain lookup table: Parley never runs compromise's
 * tagger (too slow per sentence); it only asks which words are first names, organisations,
 * places or common English words.
 */
type Tags = string | string[];
const NO_TAGS: string[] = [];
let lexicon: Record<string, Tags> | undefined;

function lookup(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;
  const key = word.toLowerCase();
  const tags = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return tags === undefined ? NO_TAGS : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Place', 'Region', 'Country', 'Town']);

/** Gender of a first name when the lexicon knows it ("Donald" -> 'm'). */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  const tags = lookup(word);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return undefined;
}

/** Whether the word is a known first name. */
export const isFirstName = (word: string) =>
  lookup(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');

/** Whether the lexicon knows the word as part of a person's name. */
export const isPersonName = (word: string) => lookup(word).some((t) => NAME_TAGS.has(t));

/** Whether the lexicon knows the word (or phrase) as an organisation ("Google", "NATO"). */
export const isKnownOrganization = (phrase: string) => lookup(phrase).includes('Organization');

/** Whether the lexicon knows the word as a place ("Geneva", "Alaska"). */
export const isKnownPlace = (word: string) => lookup(word).some((t) => PLACE_TAGS.has(t));

/** Months and weekdays, spelled out: the lexicon tags "March" and "May" as verbs. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(
    ' ',
  ),
);

/** Weekdays, months and similar calendar words. */
export const isCalendarWord = (word: string) =>
  CALENDAR.has(word.toLowerCase()) ||
  lookup(word).some((t) => t === 'WeekDay' || t === 'Month' || t === 'Date' || t === 'Holiday');

/**
 * Whether a capitalised word is an ordinary English word (so a sentence-initial "But", "Top" or
 * "Allies" is not a name) rather than a name the lexicon also knows.
 */
export function isCommonWord(word: string): boolean {
  const tags = lookup(word);
  if (tags.length === 0) return false;
  return !tags.some(
    (t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'Organization' || t === 'ProperNoun',
  );
}

/** Whether the word names a kind of person ("spokesperson", "official", "reporter"). */
export const isPersonNoun = (word: string) => lookup(word).includes('Actor');

/** Whether the word names a people in the plural ("Europeans", "Americans"). */
export const isPluralDemonym = (word: string) => {
  const tags = lookup(word);
  return tags.includes('Demonym') && tags.includes('Plural');
};

/** Whether the lexicon knows the word as a demonym or language ("English", "European"). */
export const isDemonymWord = (word: string) => lookup(word).includes('Demonym');
