import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { nameKey } from '../text/normalize.js';
import { BLOC_ADJECTIVES, NATION_SHORT_LABELS, REGION_ADJECTIVES } from './lexicon.js';

/** How a proposal label names a country that provides something ("U.S. troops", "French troops"). */
export interface Nation {
  /** Adjective used in labels ("U.S.", "French", "European"). */
  adjective: string;
  /** world-countries region ("Europe"), for naming a group of countries. */
  region?: string;
}

const key = nameKey;

let table: Map<string, Nation> | undefined;

function buildTable(): Map<string, Nation> {
  const out = new Map<string, Nation>();
  // world-countries ships JSON behind an ESM entry Node 20 cannot import without attributes
  const all = createRequire(import.meta.url)('world-countries') as Country[];
  const sovereignFirst = [...all].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of sovereignFirst) {
    const demonym = c.demonyms.eng?.m ?? c.name.common;
    const nation: Nation = { adjective: NATION_SHORT_LABELS[c.cca2] ?? demonym, region: c.region };
    const names = [
      c.name.common,
      c.name.official,
      demonym,
      ...c.altSpellings.filter((a) => /^[A-Z]{2,3}$|^[A-Z][a-z]/.test(a)),
    ];
    for (const name of names) if (!out.has(key(name))) out.set(key(name), nation);
  }
  for (const bloc of BLOC_ADJECTIVES) out.set(key(bloc), { adjective: bloc });
  for (const [region, adjective] of Object.entries(REGION_ADJECTIVES))
    out.set(key(region), { adjective, region });
  return out;
}

/**
 * The nation a word or name stands for: a country name, code or demonym ("Russia", "U.S.",
 * "American", "Americans"), or a bloc adjective ("European").
 * @example nationOf('American')?.adjective // 'U.S.'
 */
export function nationOf(text: string): Nation | undefined {
  table ??= buildTable();
  const k = key(text);
  if (k.length < 2) return undefined;
  const first = k.split(' ')[0]!;
  return (
    table.get(k) ??
    (k.endsWith('s') ? table.get(k.slice(0, -1)) : undefined) ??
    (first !== k ? table.get(first) : undefined)
  );
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
