import type { Span } from '../contract/types.js';
import { APPOSITIVE_STOPS, LOCATIVE_PREPOSITIONS, TITLE_CONNECTORS } from '../lexicon/connectives.js';
import { countryByDemonym, countryByName } from '../lexicon/countries.js';
import { MEDIA_NAMES, ORGANIZATION_HEADS } from '../lexicon/institutions.js';
import { GENDERED_TITLES, isTitleHead, isTitleWord } from '../lexicon/titles.js';
import { firstNameGender, isFirstName, isKnownPlace, isPersonName, isPersonNoun } from '../lexicon/words.js';
import { type Chunk, type ChunkContext, findChunks } from './chunks.js';
import { classifyName, isMediaName, isOrganizationName } from './classify.js';
import type { Gender, Mention } from './types.js';
import { isCapitalised, type Word } from './words.js';

const spanOf = (words: Word[]): Span => [words[0]!.start, words.at(-1)!.end];

/** Reads chunks of one article; `surface` gives words back exactly as written. */
class ChunkReader {
  constructor(private readonly ctx: ChunkContext) {}

  surface(words: Word[]): string {
    return words.length ? this.ctx.text.slice(words[0]!.start, words.at(-1)!.end) : '';
  }

  /** The country or organisation a run of words names ("Russian", "U.S.", "Civic Passion"). */
  affiliation(words: Word[], heading: boolean): Mention | undefined {
    if (words.length === 0) return undefined;
    const text = this.surface(words);
    const base = { span: spanOf(words), text, sentence: words[0]!.sentence, heading };
    const country = countryByName(text);
    if (country)
      return { ...base, form: 'name', type: 'country', country: country.code, name: country.label };
    const demonym = countryByDemonym(text);
    if (demonym)
      return { ...base, form: 'demonym', type: 'country', country: demonym.code, name: demonym.label };
    if (isMediaName(words)) return { ...base, form: 'name', type: 'media', name: mediaLabel(text) };
    if (isOrganizationName(words)) return { ...base, form: 'name', type: 'organization', name: text };
    return undefined;
  }

  /**
   * Whether a capitalised plural names a people or a party ("Muslims", "Republicans", "the Kurds"):
   * its singular is written elsewhere, it has a people's ending, or a quantifier precedes it.
   */
  namesPeople(w: Word): boolean {
    if (!/[^su]s$/.test(w.text)) return false;
    const singular = w.text.slice(0, -1);
    if (
      this.ctx.capitalVocabulary.has(singular) ||
      (/(an|ian|ite|ist|ic)s$/.test(w.text) && !isFirstName(singular))
    )
      return true;
    const before = this.ctx.words[w.index - 1];
    return (
      before !== undefined && /^\p{Ll}/u.test(before.text) && (before.pos === 'DET' || before.pos === 'NUM')
    );
  }

  /** A person with optional title words and affiliation prefix. */
  person(all: Word[], prefix: Word[], title: Word[], name: Word[], heading: boolean): ChunkReading {
    const prefixAffiliation = this.affiliation(prefix, heading);
    // a prefix that names nothing ("Environment" in "Environment Minister") belongs to the title
    const titleWords = prefixAffiliation ? title : [...prefix, ...title];
    const affiliation = prefixAffiliation ?? this.titleAffiliation(titleWords, heading);
    const gender = genderOf(titleWords, name);
    const main: Mention = {
      span: spanOf(all),
      text: this.surface(all),
      form: name.length ? 'name' : 'title',
      type: 'person',
      sentence: all[0]!.sentence,
      name: this.surface(name.length ? name : titleWords),
      heading,
      ...(titleWords.length ? { title: this.surface(titleWords) } : {}),
      ...(gender ? { gender } : {}),
      ...(affiliation ? { affiliation } : {}),
    };
    return { main, extra: affiliation ? [affiliation] : [] };
  }

  /**
   * The organisation or country a title's last "of ..." names ("Director of the FBI", "Minister of
   * Foreign Affairs of Russia"; nothing in "Secretary of State").
   */
  titleAffiliation(title: Word[], heading: boolean): Mention | undefined {
    for (let of = title.length - 2; of >= 1; of--) {
      if (!TITLE_CONNECTORS.has(title[of]!.text.toLowerCase())) continue;
      const rest = title.slice(of + 1);
      return this.affiliation(rest[0]?.text.toLowerCase() === 'the' ? rest.slice(1) : rest, heading);
    }
    return undefined;
  }

  /**
   * "University of Texas Arlington Amneh Jafari": a person's name run on after an organisation's,
   * told apart by its surname standing alone elsewhere ("Jafari said").
   */
  personAfter(chunk: Chunk, heading: boolean): ChunkReading | undefined {
    const words = chunk.words;
    if (words.length < 4) return undefined;
    const name = words.slice(-2);
    const nameLike = (w: Word) =>
      /^\p{Lu}\p{Ll}/u.test(w.text) && !ORGANIZATION_HEADS.has(w.text.toLowerCase()) && !isTitleWord(w.text);
    if (!name.every(nameLike) || !surnameElsewhere(this.ctx.words, chunk)) return undefined;
    const organization = this.affiliation(words.slice(0, -2), heading);
    if (organization?.type !== 'organization') return undefined;
    const { main } = this.person(name, [], [], name, heading);
    return {
      main: { ...main!, affiliation: organization, phrase: this.surface(words) },
      extra: [organization],
    };
  }

  /** Reads one chunk as a name with its title and affiliation. */
  read(chunk: Chunk): ChunkReading {
    const words = chunk.words;
    const heading = this.ctx.inHeading(words[0]!);
    const run = findTitleRun(words);
    if (run) {
      const [k, m] = run;
      const name = words.slice(m + 1);
      const kind = classifyName(name, this.ctx.taggedType(name));
      // after a title even a common word is a name ("Mr Key", "President Trump")
      // "Secretary of Defense", "CEO of Hewlett-Packard": what follows a connector is no name
      const personAfterTitle =
        !/^\p{Ll}/u.test(name[0]!.text) &&
        ((kind.kind === 'actor' && kind.type === 'person') ||
          ((kind.kind === 'none' || kind.kind === 'place') && name.length <= 3));
      if (personAfterTitle)
        return this.person(words, words.slice(0, k), words.slice(k, m + 1), name, heading);
      if (k === 0 && TITLE_CONNECTORS.has(name[0]!.text)) return this.person(words, [], words, [], heading);
    }
    if (isTitleOnly(words)) return this.person(words, [], words, [], heading);
    const kind = classifyName(words, this.ctx.taggedType(words));
    const text = this.surface(words);
    if (kind.kind === 'actor' && kind.type === 'person' && words.length === 1 && this.namesPeople(words[0]!))
      return {
        main: {
          span: spanOf(words),
          text,
          sentence: words[0]!.sentence,
          heading,
          form: 'group',
          type: 'group',
          plural: true,
          name: text,
        },
        extra: [],
      };
    const base = { span: spanOf(words), text, sentence: words[0]!.sentence, heading };
    const demonym = words.length > 1 ? countryByDemonym(text) : undefined;
    if (demonym)
      return {
        main: {
          ...base,
          form: 'demonym',
          type: 'country',
          country: demonym.code,
          name: demonym.label,
          modifier: true,
        },
        extra: [],
      };
    const split =
      kind.kind === 'actor' && kind.type === 'organization' ? this.personAfter(chunk, heading) : undefined;
    if (split) return split;
    switch (kind.kind) {
      case 'country':
      case 'capital':
        // a capital names its country, as a place that acts ("met with caution by Kyiv")
        return {
          main: {
            ...base,
            form: 'name',
            type: 'country',
            country: kind.country.code,
            name: kind.country.label,
            ...(kind.kind === 'capital' ? { locative: true } : {}),
          },
          extra: [],
        };
      case 'demonym':
        return kind.plural
          ? {
              main: {
                ...base,
                form: 'group',
                type: 'group',
                plural: true,
                name: text,
                country: kind.country.code,
              },
              extra: [],
            }
          : {
              main: {
                ...base,
                form: 'demonym',
                type: 'country',
                country: kind.country.code,
                name: kind.country.label,
                modifier: true,
              },
              extra: [],
            };
      case 'group':
        return { main: { ...base, form: 'group', type: 'group', plural: true, name: text }, extra: [] };
      case 'place':
        // a place other than a country or capital is an actor only when a statement makes it speak
        return {
          main: { ...base, form: 'name', type: 'place', name: text, locative: true, place: true },
          extra: [],
        };
      case 'none':
        return { extra: [] };
      case 'actor': {
        const lead = leadingCountry(words);
        if (kind.type === 'person')
          return lead
            ? this.person(words, words.slice(0, lead), [], words.slice(lead), heading)
            : this.person(words, [], [], words, heading);
        const found = lead ? this.affiliation(words.slice(0, lead), heading) : undefined;
        // the country inside an organisation's name ("Greek Orthodox Church") names it without acting
        const affiliation = found ? { ...found, modifier: true } : undefined;
        const name = kind.type === 'media' ? mediaLabel(text) : text;
        return {
          main: { ...base, form: 'name', type: kind.type, name, ...(affiliation ? { affiliation } : {}) },
          extra: affiliation ? [affiliation] : [],
        };
      }
    }
  }
}

interface ChunkReading {
  /** The mention the chunk is about (the person in "Russian Foreign Minister Sergey Lavrov"). */
  main?: Mention;
  /** Affiliation mentions found inside the chunk. */
  extra: Mention[];
}

/** Gender from a title ("Mr") or a first name the lexicon knows; suffixes only for clear cases. */
function genderOf(title: Word[], name: Word[]): Gender | undefined {
  for (const t of title) {
    const g = GENDERED_TITLES.get(t.text.toLowerCase());
    if (g) return g;
  }
  if (name.length < 2) return undefined;
  const first = name[0]!.text;
  return firstNameGender(first) ?? (/(ina|ine|elle|ette|issa|ia)$/i.test(first) ? 'f' : undefined);
}

/** Where the title run of a chunk is: [start, end] word indexes, or undefined. */
function findTitleRun(words: Word[]): [number, number] | undefined {
  for (let k = 0; k < words.length - 1; k++) {
    if (!isTitleWord(words[k]!.text)) continue;
    let m = k;
    let hasHead = isTitleHead(words[k]!.text);
    for (;;) {
      const next = words[m + 1];
      if (next && isTitleWord(next.text) && m + 1 < words.length - 1) {
        m++;
        hasHead ||= isTitleHead(next.text);
        continue;
      }
      // "Secretary of State John Kerry": the title runs to the word before the first name
      if (next && hasHead && TITLE_CONNECTORS.has(next.text.toLowerCase()) && m + 3 < words.length)
        m = connectedTitleEnd(words, m + 2);
      break;
    }
    if (hasHead && m < words.length - 1) return [k, m];
    k = m;
  }
  return undefined;
}

/**
 * Where a title's "of ..." part ends, from its first word `e`: before a first name, or after an
 * organisation's head word ("CEO of the Refugee Council Enver Solomon"), running on over further
 * connectors ("Chairman of the Joint Chiefs of Staff Martin Dempsey").
 */
function connectedTitleEnd(words: Word[], e: number): number {
  for (;;) {
    const next = words[e + 1];
    if (!next || e + 2 >= words.length) return e;
    const nextLower = next.text.toLowerCase();
    const connector = TITLE_CONNECTORS.has(nextLower) || nextLower === 'the';
    if (connector && e + 3 < words.length) {
      e++;
      continue;
    }
    if (isFirstName(next.text) || !isCapitalised(next)) return e;
    if (ORGANIZATION_HEADS.has(words[e]!.text.toLowerCase()) && !TITLE_CONNECTORS.has(nextLower)) return e;
    e++;
  }
}

/** A chunk of title words only ("Prime Minister", "Ottawa New Democrat MP", "Ambassador"). */
function isTitleOnly(words: Word[]): boolean {
  const last = words.at(-1)!.text;
  if (!isTitleHead(last)) return false;
  return (
    words.length === 1 ||
    words.every((w) => isTitleWord(w.text) || TITLE_CONNECTORS.has(w.text.toLowerCase()) || isCapitalised(w))
  );
}

/** The leading words of a chunk that name a country ("United States" in "United States Hamdullah Mohib"). */
function leadingCountry(words: Word[]): number {
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words
      .slice(0, n)
      .map((w) => w.text)
      .join(' ');
    if (countryByName(head) || (n === 1 && countryByDemonym(head))) return n;
  }
  return 0;
}

/** A news outlet's name as it calls itself ("Hill" -> "The Hill"). */
function mediaLabel(text: string): string {
  const lower = text.toLowerCase();
  return !MEDIA_NAMES.has(lower) && MEDIA_NAMES.has(`the ${lower}`) ? `The ${text}` : text;
}

/** Lower-case title words just before a chunk ("co-founder" in "Facebook co-founder Mark Zuckerberg"). */
function titleBefore(words: Word[], first: number): Word[] {
  const title: Word[] = [];
  for (let i = first - 1; i >= 0 && title.length < 3; i--) {
    const w = words[i]!;
    if (w.sentence !== words[first]!.sentence || isCapitalised(w)) break;
    if (!isTitleWord(w.text) && !isPersonNoun(w.text)) break;
    title.unshift(w);
  }
  // "the first FIRST Global ...": modifiers alone are no title
  return title.some((w) => isTitleHead(w.text) || isPersonNoun(w.text)) ? title : [];
}

/** Whether the words after a chunk make it act: a verb follows, or "by" precedes it. */
function acts(words: Word[], chunk: Chunk): boolean {
  let at = chunk.last + 1;
  if (words[at]?.possessive) return true;
  while (words[at]?.pos === 'ADV') at++;
  const next = words[at];
  const before = words[chunk.first - 1];
  return next?.pos === 'VERB' || next?.pos === 'AUX' || before?.text.toLowerCase() === 'by';
}

/** A lower-case word after the chunk that makes the chunk a modifier ("Conservative government", "Foreign Affairs minister"). */
function modifiedNoun(words: Word[], chunk: Chunk): Word | undefined {
  const next = words[chunk.last + 1];
  return next &&
    next.sentence === chunk.words[0]!.sentence &&
    /^\p{Ll}/u.test(next.text) &&
    (next.pos === 'NOUN' || next.pos === 'ADJ')
    ? next
    : undefined;
}

/** Whether ", <region>" follows a chunk: a known place, a country or an abbreviated state ("Ont.", "N.H."). */
function regionFollows(words: Word[], chunk: Chunk): boolean {
  const region = words[chunk.last + 2];
  if (words[chunk.last + 1]?.text !== ',' || !region || !isCapitalised(region)) return false;
  return (
    isKnownPlace(region.text) ||
    countryByName(region.text) !== undefined ||
    /^(\p{Lu}\p{Ll}{1,4}|(\p{Lu}\.){2})\.?$/u.test(region.text)
  );
}

/** Per word list: where each text stands alone (no capitalised word either side), in text order. */
const standalone = new WeakMap<Word[], Map<string, number[]>>();

function standaloneIndex(words: Word[]): Map<string, number[]> {
  let index = standalone.get(words);
  if (!index) {
    index = new Map();
    for (const w of words) {
      if (/^\p{Lu}/u.test(words[w.index - 1]?.text ?? '') || /^\p{Lu}/u.test(words[w.index + 1]?.text ?? ''))
        continue;
      const at = index.get(w.text);
      if (at) at.push(w.index);
      else index.set(w.text, [w.index]);
    }
    standalone.set(words, index);
  }
  return index;
}

/**
 * Whether the chunk's last word stands alone as a name elsewhere ("Bush said"), as a surname does.
 * One index per article (a scan of every word per chunk was quadratic on long texts).
 */
function surnameElsewhere(words: Word[], chunk: Chunk): boolean {
  const at = standaloneIndex(words).get(chunk.words.at(-1)!.text);
  if (!at) return false;
  return (at[0] as number) < chunk.first || (at[at.length - 1] as number) > chunk.last;
}

/** Whether a preposition governs the chunk, past a determiner ("under the care of a Dr. Bailey"). */
function governedByPreposition(words: Word[], chunk: Chunk): boolean {
  let before = words[chunk.first - 1];
  if (before?.pos === 'DET') before = words[chunk.first - 2];
  return before?.pos === 'ADP' && before.sentence === chunk.words[0]!.sentence;
}

/** Marks what a name does in its sentence: acts, locates, or only modifies a noun. */
function placeInSentence(main: Mention, chunk: Chunk, words: Word[]): void {
  const actsHere = acts(words, chunk);
  main.subject = actsHere && !chunk.possessive;
  if (chunk.possessive) main.possessive = true;
  if (governedByPreposition(words, chunk)) main.oblique = true;
  const before = words[chunk.first - 1]?.text.toLowerCase() ?? '';
  const first = chunk.words[0]!.text;
  // "in Virginia", "a Virginia resident": a lone first name the lexicon also knows as a place is the place
  const personLike =
    main.title !== undefined || (isFirstName(first) && !(chunk.words.length === 1 && isKnownPlace(first)));
  if (main.locative && !main.place) main.locative = !actsHere;
  else if (main.type === 'person' && main.form === 'name' && !personLike)
    main.locative = LOCATIVE_PREPOSITIONS.has(before) && !actsHere;
  // "in Kanata, Ontario", "from Springfield, Ill.": a name placed by the region after it is a place
  else if (
    main.type === 'person' &&
    main.form === 'name' &&
    !main.title &&
    (LOCATIVE_PREPOSITIONS.has(before) || before === 'from')
  )
    main.locative = !actsHere && regionFollows(words, chunk);
  const noun = chunk.possessive ? undefined : modifiedNoun(words, chunk);
  if (noun && main.type === 'person' && main.form === 'name' && !personLike && !main.name?.includes(' '))
    main.modifier = true;
  // an article before a bare name: "the Hells Angels", "the Brookings Institution" name an
  // organisation; "the Jeb Bush campaign" (with "Bush" alone elsewhere) only modifies
  if (main.type === 'person' && main.form === 'name' && !personLike && /^(the|a|an)$/.test(before)) {
    const named = chunk.words.length > 1 && !chunk.possessive && !main.affiliation && !isPersonName(first);
    if (named && !surnameElsewhere(words, chunk)) main.type = 'organization';
    else if (noun) main.modifier = true;
  }
  // "Foreign Affairs minister", "an Ottawa New Democrat MP": part of a title, not a person
  if (noun && main.type === 'person' && !personLike && (isTitleHead(noun.text) || isPersonNoun(noun.text)))
    main.modifier = true;
}

/**
 * "in Orlando in the morning and Tampa in the afternoon": a bare name coordinated with a place
 * that locates is a place too, unless it acts.
 */
function locateCoordinated(main: Mention, chunk: Chunk, previous: Mention | undefined, words: Word[]): void {
  if (main.type !== 'person' || main.form !== 'name' || main.title || main.subject) return;
  if (chunk.words.length > 1 || isFirstName(chunk.words[0]!.text)) return;
  if (!previous?.locative || previous.sentence !== main.sentence) return;
  const link = words[chunk.first - 1]?.text.toLowerCase();
  if (link === 'and' || link === 'or' || link === ',') main.locative = true;
}

/** A bare name read as an organisation once ("the Neo Democrats") is one everywhere in the article. */
function agreeOnOrganizations(mentions: Mention[]): void {
  const organizations = new Set(
    mentions.flatMap((m) => (m.type === 'organization' ? [m.name ?? m.text] : [])),
  );
  for (const m of mentions) {
    if (m.type === 'person' && m.form === 'name' && !m.title && organizations.has(m.name ?? m.text))
      m.type = 'organization';
  }
}

/**
 * Finds name mentions: people (with titles and affiliations), organisations, media, countries
 * (names, demonyms, capitals that act) and groups named by a demonym.
 * @example nameMentions(ctx).map((m) => [m.text, m.type])
 */
export function nameMentions(ctx: ChunkContext): Mention[] {
  const { words } = ctx;
  const reader = new ChunkReader(ctx);
  const mentions: Mention[] = [];
  const readings: { chunk: Chunk; main?: Mention }[] = [];
  for (const chunk of findChunks(ctx)) {
    const { main, extra } = reader.read(chunk);
    mentions.push(...extra);
    readings.push({ chunk, ...(main ? { main } : {}) });
    if (!main) continue;
    placeInSentence(main, chunk, words);
    locateCoordinated(main, chunk, readings.at(-2)?.main, words);
    mentions.push(main);
  }
  linkAffiliations(readings, reader, words);
  agreeOnOrganizations(mentions);
  return mentions;
}

/**
 * Reads an appositive after a person ("Dmitry Polyanskiy, a Russian deputy representative to the
 * United Nations,"): its title words and the country a demonym in it names.
 */
function appositive(
  main: Mention,
  chunk: Chunk,
  readings: { chunk: Chunk; main?: Mention }[],
  words: Word[],
): void {
  if (words[chunk.last + 1]?.text !== ',' || !/^(a|an|the)$/i.test(words[chunk.last + 2]?.text ?? '')) return;
  const from = chunk.last + 3;
  let to = from;
  while (
    to < words.length &&
    to - from < 6 &&
    words[to]!.pos !== 'PUNCT' &&
    !APPOSITIVE_STOPS.has(words[to]!.text.toLowerCase())
  )
    to++;
  const phrase = words.slice(from, to);
  let t = phrase.length;
  while (
    t > 0 &&
    !isCapitalised(phrase[t - 1]!) &&
    (isTitleWord(phrase[t - 1]!.text) || isPersonNoun(phrase[t - 1]!.text))
  )
    t--;
  const title = phrase.slice(t);
  if (!title.some((w) => isTitleHead(w.text))) return;
  main.title ??= title.map((w) => w.text).join(' ');
  const nationality = readings.find(
    (r) =>
      r.chunk.first >= from &&
      r.chunk.last < from + t &&
      (r.main?.type === 'country' || r.main?.type === 'place'),
  );
  if (nationality?.main && !main.affiliation) {
    nationality.main.modifier = false;
    main.affiliation = nationality.main;
  }
}

/** Adds affiliations and titles that sit outside a person's chunk, and the whole phrase as its surface form. */
function linkAffiliations(
  readings: { chunk: Chunk; main?: Mention }[],
  reader: ChunkReader,
  words: Word[],
): void {
  const isAffiliation = (m?: Mention) =>
    m !== undefined && m.type !== 'person' && m.type !== 'group' && !m.locative;
  for (let r = 0; r < readings.length; r++) {
    const { chunk, main } = readings[r]!;
    if (main?.type !== 'person' || main.form !== 'name') continue;
    const previous = readings[r - 1];
    let phrase: Word[] = chunk.words;
    // "Russia's Vladimir Putin", "Civic Passion's Wong Yeung-tat"
    const title = titleBefore(words, chunk.first);
    const titleStart = chunk.first - title.length;
    if (title.length) {
      if (!main.title) main.title = reader.surface(title);
      phrase = words.slice(titleStart, chunk.last + 1);
    }
    // "Facebook co-founder Mark Zuckerberg", "New Zealand's Prime Minister John Key"
    const gap = previous ? titleStart - previous.chunk.last : 0;
    if (
      previous &&
      isAffiliation(previous.main) &&
      (gap === 1 || (gap === 2 && previous.chunk.possessive)) &&
      (title.length || previous.chunk.possessive)
    ) {
      main.affiliation ??= previous.main!;
      phrase = words.slice(previous.chunk.first, chunk.last + 1);
    }
    // "Lee Cheuk-yan of the Labour Party"
    const next = readings[r + 1];
    const link = words[chunk.last + 1]?.text.toLowerCase();
    const after = next ? next.chunk.first - chunk.last : 0;
    if (
      next &&
      (link === 'of' || link === 'from') &&
      (after === 2 || (after === 3 && words[chunk.last + 2]?.text.toLowerCase() === 'the')) &&
      isAffiliation(next.main)
    ) {
      main.affiliation ??= next.main!;
      phrase = words.slice(phrase[0]!.index, next.chunk.last + 1);
    }
    if (phrase !== chunk.words) main.phrase = reader.surface(phrase);
    appositive(main, chunk, readings, words);
  }
}
