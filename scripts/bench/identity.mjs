// Actor identity checks for any built graph (issue 14's counts), so anyone can run them on a corpus:
//  - actors whose aliases hold two different given names with one surname ("Hillary Clinton" and
//    "Bill Clinton" as one actor), listed;
//  - actors with no edge but their article's `contains` (nothing said, nothing said about them);
//  - statements with no speaker;
//  - persons that look like junk (report only, no budget): one token, all capitals, a first word
//    that opens sentences or headlines ("With Democrats", "Video"), a lower-case word that is no
//    name particle, digits or symbols, or a headline-length label.
// Exit 1 when a budget is exceeded (mixed-name actors > 0, isolated > 10%, unattributed > 15%).
//
//   node scripts/bench/identity.mjs <graph.json> [--list 20]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { list: { type: 'string', default: '20' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/bench/identity.mjs <graph.json> [--list 20]');
  process.exit(2);
}
const data = JSON.parse(readFileSync(positionals[0], 'utf8'));
const nodes = new Map(data.nodes.map((n) => [n.key, n.attributes]));
const degree = new Map();
const speakers = new Map();
for (const e of data.edges) {
  if (e.attributes.type === 'contains') continue;
  for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  if (e.attributes.type === 'said') speakers.set(e.target, (speakers.get(e.target) ?? 0) + 1);
}
const actors = [...nodes].filter(([, a]) => a.kind === 'actor' && a.type === 'person');
const allActors = [...nodes].filter(([, a]) => a.kind === 'actor');
const statements = [...nodes].filter(([, a]) => a.kind === 'statement');

// The given name of an alias: the capitalised word just before the surname (middle initials
// skipped), unless it is a title or a determiner ("Florida Sen. Marco Rubio" -> marco).
const TITLE =
  /^(the|mr|mrs|ms|miss|dr|sen|rep|gov|gen|col|lt|sgt|president|senator|secretary|minister|prime|former|first|vice|lady|lord|sir|madam|king|queen|prince|princess|pope|governor|chancellor|mayor|judge|justice|speaker|candidate|nominee|professor|prof|son|daughter|wife|husband|for|of)\.?$/i;
const givenAndSurname = (alias) => {
  const words = alias.split(/\s+/);
  while (words.length > 2 && /^(jr|sr|ii|iii|iv)\.?$/i.test(words.at(-1))) words.pop();
  if (words.length < 2) return undefined;
  const surname = words.at(-1);
  let i = words.length - 2;
  while (i >= 0 && /^\p{Lu}\.$/u.test(words[i])) i--;
  const given = words[i];
  if (
    !given ||
    !/^\p{Lu}\p{Ll}/u.test(given) ||
    TITLE.test(given) ||
    given.endsWith('’s') ||
    given.endsWith("'s")
  )
    return undefined;
  const before = words.slice(0, i).map((w) => w.toLowerCase());
  return { given: given.toLowerCase(), surname: surname.toLowerCase(), before };
};
const mixed = [];
const merged = [];
for (const [key, a] of actors) {
  const bySurname = new Map();
  const names = (a.aliases ?? []).map(givenAndSurname).filter(Boolean);
  for (const n of names) {
    const set = bySurname.get(n.surname) ?? new Set();
    set.add(n.given);
    bySurname.set(n.surname, set);
  }
  // two given names conflict unless one alias holds both ("Hillary Rodham Clinton": a middle name)
  const conflict = (x, y) =>
    x.given !== y.given && !x.before.includes(y.given) && !y.before.includes(x.given);
  for (const surname of bySurname.keys()) {
    const same = names.filter((n) => n.surname === surname);
    const pair = same.flatMap((x) => same.filter((y) => conflict(x, y)).map((y) => [x.given, y.given]))[0];
    if (pair) mixed.push(`${key}: ${pair.join(' / ')} ${surname}  (${a.aliases.join(', ')})`);
  }
  // one given name with several surnames: "John Cushman Jr." and "John G. Roberts Jr." as one actor
  const byGiven = new Map();
  for (const [surname, given] of bySurname)
    for (const g of given) byGiven.set(g, [...(byGiven.get(g) ?? []), surname]);
  for (const [given, surnames] of byGiven)
    if (surnames.length > 1)
      merged.push(`${key}: ${given} ${surnames.join(' / ')}  (${a.aliases.join(', ')})`);
}
// Words that open sentences and headlines but no name ("With Democrats", "Video", "Why Republicans").
const OPENERS = new Set(
  'a an the this that these those with without in on at for from after before when where why how what who if as but and or so not no yes just all every some video watch breaking exclusive update poll report here there now today'.split(
    ' ',
  ),
);
// Lower-case words that belong inside names ("Ludwig van Beethoven", "Osama bin Laden").
const PARTICLES = new Set('de del della der di da du la le van von bin al el ibn dos das y'.split(' '));
const junkReasons = (label) => {
  const words = label.split(/\s+/).filter(Boolean);
  const reasons = [];
  if (words.length === 1) reasons.push('one token');
  if (/\p{L}{2}/u.test(label) && !/\p{Ll}/u.test(label)) reasons.push('all capitals');
  if (words.length > 1 && OPENERS.has(words[0].toLowerCase())) reasons.push('opening word');
  if (words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) reasons.push('lower-case word');
  if (/[\p{N}@#/&+=<>_|]/u.test(label)) reasons.push('digits or symbols');
  if (words.length > 4) reasons.push('headline length');
  return reasons;
};
const junk = actors.map(([key, a]) => [key, a.label, junkReasons(a.label)]).filter(([, , r]) => r.length);
const junkBy = new Map();
for (const [, , reasons] of junk) for (const r of reasons) junkBy.set(r, (junkBy.get(r) ?? 0) + 1);
const isolated = allActors.filter(([key]) => !degree.get(key));
const unattributed = statements.filter(([key]) => !speakers.get(key));
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : '0.0');
const list = Number(values.list) || 0;
console.log(`actors: ${allActors.length} (${actors.length} persons); statements: ${statements.length}`);
console.log(`persons with two given names for one surname: ${mixed.length} (budget 0)`);
for (const line of mixed.slice(0, list)) console.log(`  ${line}`);
console.log(`persons with one given name and two surnames: ${merged.length} (budget 0)`);
for (const line of merged.slice(0, list)) console.log(`  ${line}`);
console.log(
  `actors with no edge but contains: ${isolated.length} = ${pct(isolated.length, allActors.length)}% (budget 10%)`,
);
for (const [key] of isolated.slice(0, list)) console.log(`  ${key}`);
console.log(
  `statements with no speaker: ${unattributed.length} = ${pct(unattributed.length, statements.length)}% (budget 15%)`,
);
console.log(
  `persons that look like junk: ${junk.length} = ${pct(junk.length, actors.length)}% of persons (report only; ${[...junkBy].map(([r, n]) => `${r} ${n}`).join(', ')})`,
);
for (const [key, label, reasons] of junk.slice(0, list))
  console.log(`  ${key}: ${label}  (${reasons.join(', ')})`);
const ok =
  mixed.length === 0 &&
  isolated.length <= 0.1 * allActors.length &&
  unattributed.length <= 0.15 * statements.length;
process.exit(ok ? 0 : 1);
