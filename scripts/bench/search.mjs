// Search speed of core's one matcher (packages/core/src/text/match.ts) on many names: builds the
// index over N synthetic actor names (deterministic syllable names, plus a few real ones to find)
// and times typical keystrokes: prefixes, typos, swapped words, one letter. Exit 1 when a query's
// p95 exceeds one frame (16 ms). Needs a fresh build of core (`npx pnpm@12.4.2 --filter @parley/core run build`).
//
//   node scripts/bench/search.mjs [--names 100000]
import { parseArgs } from 'node:util';
import { NameMatcher } from '../../packages/core/dist/text/match.js';

const { values } = parseArgs({ options: { names: { type: 'string', default: '100000' } } });
const count = Number(values.names);
// consonant-vowel(-consonant) syllables: a vocabulary about as varied as real names'
const SYLLABLES = [...'bdgklmnprstvz'].flatMap((c) =>
  [...'aeiou'].flatMap((v) => [c + v, `${c}${v}n`, `${c}${v}r`]),
);

/** A deterministic pseudo-random generator (mulberry32), so every run indexes the same names. */
function random(seed) {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(18);
const word = () => {
  const parts = 2 + Math.floor(next() * 3);
  const w = Array.from({ length: parts }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return w[0].toUpperCase() + w.slice(1);
};
const entries = Array.from({ length: count }, (_, i) => ({
  id: `actor:${i}`,
  names: [`${word()} ${word()}`],
  prominence: Math.floor(next() * 50),
}));
entries.push(
  { id: 'putin', names: ['Vladimir Putin', 'Putin'], prominence: 40 },
  { id: 'zelenskyy', names: ['Volodymyr Zelenskyy', 'Zelenskyy'], prominence: 30 },
  { id: 'lavrov', names: ['Sergei Lavrov'], prominence: 8 },
  { id: 'usa', names: ['United States'], prominence: 12 },
);

const t0 = performance.now();
const matcher = new NameMatcher(entries);
const buildMs = performance.now() - t0;

const QUERIES = [
  'putn',
  'Zelenskiy',
  'lavrow',
  'Putin Vladimir',
  'US',
  'v',
  'ka',
  'zelensk',
  'kalomi',
  'barinotes',
];
const rows = QUERIES.map((q) => {
  const times = [];
  let top;
  for (let i = 0; i < 30; i++) {
    const s = performance.now();
    top = matcher.search(q, 12)[0]?.id;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { query: q, top, medianMs: times[15], p95Ms: times[28] };
});
console.log(`${count.toLocaleString()} names: index built in ${buildMs.toFixed(0)} ms`);
console.table(rows.map((r) => ({ ...r, medianMs: r.medianMs.toFixed(2), p95Ms: r.p95Ms.toFixed(2) })));
const slow = rows.filter((r) => r.p95Ms > 16);
if (slow.length) {
  console.error(`slower than a frame: ${slow.map((r) => r.query).join(', ')}`);
  process.exit(1);
}
