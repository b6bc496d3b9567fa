import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { nameKey } from '../text/normalize.js';
import { textTable } from '../text/tables.js';

/** A country as Parley names it, with every form that can refer to it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3 code, the stable key of the country. */
  code: string;
  /** Canonical label: the common English name ("Russia"). */
  label: string;
  /** English demonyms ("Russian"). */
  demonyms: string[];
  capitals: string[];
  /** world-countries region ("Europe"), for naming a group of countries. */
  region: string;
}

/** Everyday English names the data set lacks (it has "Great Britain", "Türkiye"). */
const EVERYDAY_NAMES: Record<string, string> = {
  Britain: 'GBR',
  Turkey: 'TUR',
  Holland: 'NLD',
  America: 'USA',
};

/** Two-letter codes that news copy writes as words ("US", "UK"); the others collide with words. */
const CODE_NAMES = new Set(['US', 'UK', 'UAE', 'USA', 'DPRK', 'PRC', 'ROK']);

/** Country names meet on their name key, so "the U.S." and "US" meet. */
const countryKey = nameKey;

const isUsableAlias = (alias: string) =>
  /^[A-Z]{2,4}$/.test(alias) ? CODE_NAMES.has(alias) : /^[\p{L} .'-]+$/u.test(alias) && !alias.includes(',');

/** States outside the UN that act as states in the news, though the data marks them dependent. */
const DE_FACTO_STATES = new Set(['PSE', 'TWN']);

function loadCountries(): Country[] {
  // world-countries ships JSON behind an ESM entry Node 20 cannot import without attributes
  const all = createRequire(import.meta.url)('world-countries') as Country[];
  // dependent territories ("Jersey", "Cayman Islands", "Guam") are places, not countries that act
  const states = all.filter((c) => c.unMember || c.independent !== false || DE_FACTO_STATES.has(c.cca3));
  // UN members first, so "American" is the United States, not a territory sharing its demonym
  return states.sort((a, b) => Number(b.unMember) - Number(a.unMember));
}

/** Lookup tables for country names, demonyms and capitals, built once from `world-countries`. */
export interface CountryLexicon {
  byName: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
  byCapital: Map<string, CountryEntry>;
  byCode: Map<string, CountryEntry>;
}

function buildLexicon(): CountryLexicon {
  const lexicon: CountryLexicon = {
    byName: new Map(),
    byDemonym: new Map(),
    byCapital: new Map(),
    byCode: new Map(),
  };
  for (const c of loadCountries()) {
    const eng = c.demonyms.eng;
    const entry: CountryEntry = {
      code: c.cca3,
      label: c.name.common,
      demonyms: eng ? [...new Set([eng.m, eng.f])] : [],
      capitals: c.capital,
      region: c.region,
    };
    lexicon.byCode.set(entry.code, entry);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter(isUsableAlias)];
    for (const name of names)
      if (!lexicon.byName.has(countryKey(name))) lexicon.byName.set(countryKey(name), entry);
    for (const d of entry.demonyms)
      if (!lexicon.byDemonym.has(d.toLowerCase())) lexicon.byDemonym.set(d.toLowerCase(), entry);
    for (const capital of c.capital) {
      // "Washington D.C." is written "Washington" in news copy
      for (const form of [capital, capital.replace(/\s+D\.?C\.?$/, '')])
        if (!lexicon.byCapital.has(countryKey(form))) lexicon.byCapital.set(countryKey(form), entry);
    }
  }
  // English news copy still writes "Turkey", which the data set renamed
  const turkey = lexicon.byCode.get('TUR');
  if (turkey) turkey.label = 'Turkey';
  for (const [name, code] of Object.entries(EVERYDAY_NAMES)) {
    const entry = lexicon.byCode.get(code);
    if (entry && !lexicon.byName.has(countryKey(name))) lexicon.byName.set(countryKey(name), entry);
  }
  return lexicon;
}

let cached: CountryLexicon | undefined;

/**
 * The country lexicon (built on first use).
 * @example countryLexicon().byDemonym.get('russian')?.label // 'Russia'
 */
export function countryLexicon(): CountryLexicon {
  cached ??= buildLexicon();
  return cached;
}

/** Remembers lookups: the same few names recur in every article. */
function memo(
  lookup: (text: string) => CountryEntry | undefined,
): (text: string) => CountryEntry | undefined {
  const seen = new Map<string, CountryEntry | null>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known ?? undefined;
    const found = lookup(text);
    if (seen.size > 50_000) seen.clear();
    seen.set(text, found ?? null);
    return found;
  };
}

/** The country a name ("Russia", "the U.S.", "Russian Federation") refers to. */
export const countryByName = memo((text) => countryLexicon().byName.get(countryKey(text)));

/** The country of a demonym ("Russian", "Russians", "French"). */
export const countryByDemonym = memo((text) => {
  const key = text.toLowerCase();
  const byDemonym = countryLexicon().byDemonym;
  return byDemonym.get(key) ?? (key.endsWith('s') ? byDemonym.get(key.slice(0, -1)) : undefined);
});

/** The country whose capital this is ("Kyiv" -> Ukraine). */
export const countryByCapital = memo((text) => countryLexicon().byCapital.get(countryKey(text)));

/** Regional adjectives a group of countries shares (world-countries region → adjective). */
const REGION_ADJECTIVES = textTable<string>({
  Europe: 'European',
  Asia: 'Asian',
  Africa: 'African',
  Oceania: 'Oceanian',
});

/** Adjectives that name a bloc rather than one country; kept as written in labels. */
const BLOC_ADJECTIVES = new Set(['European', 'Western', 'Arab', 'Gulf', 'Allied', 'Nordic', 'Baltic']);

/** Adjectives preferred over a country's demonym in analysts' copy, by ISO alpha-3 code. */
const NATION_SHORT_LABELS = textTable<string>({ USA: 'U.S.', GBR: 'UK' });

/** How a proposal label names a country that provides something ("U.S. troops", "French troops"). */
export interface Nation {
  /** Adjective used in labels ("U.S.", "French", "European"). */
  adjective: string;
  /** world-countries region ("Europe"), for naming a group of countries. */
  region?: string;
}

const nationOfCountry = (c: CountryEntry): Nation => ({
  adjective: NATION_SHORT_LABELS[c.code] ?? c.demonyms[0] ?? c.label,
  region: c.region,
});

/** A bloc or region adjective ("European", "Western"), or a region's name ("Europe"). */
function blocOf(key: string): Nation | undefined {
  for (const bloc of BLOC_ADJECTIVES) if (nameKey(bloc) === key) return { adjective: bloc };
  for (const [region, adjective] of Object.entries(REGION_ADJECTIVES))
    if (nameKey(region) === key) return { adjective, region };
  return undefined;
}

/** The nation of one word or name's key: a country name or code, a demonym (or its plural), a bloc. */
function nationOfKey(key: string): Nation | undefined {
  const country = countryByName(key) ?? countryByDemonym(key);
  return country ? nationOfCountry(country) : blocOf(key);
}

/**
 * The nation a word or name stands for: a country name, code or demonym ("Russia", "U.S.",
 * "American", "Americans", "Britain"), or a bloc adjective ("European"). Uses the same country
 * tables as mention classification, so both stages know the same countries.
 * @example nationOf('American')?.adjective // 'U.S.'
 * @example nationOf('no') // undefined
 */
export function nationOf(text: string): Nation | undefined {
  const key = nameKey(text);
  if (key.length < 2) return undefined;
  const first = key.split(' ')[0]!;
  return nationOfKey(key) ?? (first !== key ? nationOfKey(first) : undefined);
}

/**
 * One adjective for a group of nations: theirs when they agree, else their shared region's
 * ("France", "Germany", "UK" → "European"), else nothing.
 * @example groupAdjective([nationOf('France')!, nationOf('Germany')!]) // 'European'
 */
export function groupAdjective(nations: Nation[]): string | undefined {
  const adjectives = new Set(nations.map((n) => n.adjective));
  if (adjectives.size === 1) return [...adjectives][0];
  const regions = new Set(nations.map((n) => n.region));
  const [region] = regions;
  return regions.size === 1 && region ? REGION_ADJECTIVES[region] : undefined;
}

/** Words that make a country name part of a region's name ("North Korea" aside, "northern Syria", "New Mexico"). */
export const COMPASS_QUALIFIERS: ReadonlySet<string> = new Set([
  'new',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
]);

/**
 * Every name of the country `text` names, as name keys (its common and official names, usable
 * codes, everyday names), for search; empty when `text` names no country.
 * @example countryNames('United States').includes('us') // true
 */
export function countryNames(text: string): string[] {
  const country = countryByName(text);
  if (!country) return [];
  return [...countryLexicon().byName].flatMap(([key, entry]) => (entry === country ? [key] : []));
}
