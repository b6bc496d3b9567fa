// A corpus over time, in a few lines: the most quoted actor's timeline, the quotes several outlets
// carried and the contradictions found, with counts. For judging the time features on real news.
// Needs `pnpm --filter @parley/core build` and a built graph.
//
//   node scripts/time-report.mjs <graph.json> [--top 10]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '10' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/time-report.mjs <graph.json> [--top 10]');
  process.exit(2);
}
const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const graph = core.graphFromJson(JSON.parse(readFileSync(positionals[0], 'utf8')));
const top = Number(values.top) || 10;
const label = (key) => graph.getNodeAttribute(key, 'label');
const short = (text) => (text.length > 110 ? `${text.slice(0, 107)}...` : text);
const said = new Map();
graph.forEachEdge((_, e, source) => e.type === 'said' && said.set(source, (said.get(source) ?? 0) + 1));
const [actor, count] = [...said].sort((a, b) => b[1] - a[1])[0] ?? [];
if (actor) {
  const timeline = core.actorTimeline(graph, actor);
  console.log(
    `\n## Timeline of ${label(actor)} (${count} statements; ${timeline.length} entries), first ${top}`,
  );
  for (const e of timeline.slice(0, top))
    console.log(
      `${e.date ?? 'undated'} ${e.publisher ?? ''} ${e.kind === 'stance' ? `${e.stance} ${label(e.proposal)}:` : ''} ${short(e.text)}`,
    );
}
const quotes = core.repeatedQuotes(graph);
console.log(`\n## Repeated quotes: ${quotes.length} groups, first ${top}`);
for (const g of quotes.slice(0, top))
  console.log(
    `${g.outlets} outlets, ${g.occurrences.length} articles: ${short(g.text)} [${g.occurrences.map((o) => `${o.publisher ?? o.article} ${o.date ?? ''}`).join('; ')}]`,
  );
const found = core.contradictions(graph);
const changes = found.filter((c) => c.kind === 'stance_change');
console.log(
  `\n## Contradictions: ${changes.length} stance changes, ${found.length - changes.length} disagreements, first ${top}`,
);
for (const c of found.slice(0, top)) {
  if (c.kind === 'stance_change')
    console.log(
      `change: ${label(c.actor)} on ${label(c.proposal)}: ${c.from.stance} ${c.from.date} "${short(c.from.text)}" -> ${c.to.stance} ${c.to.date} "${short(c.to.text)}"`,
    );
  else
    console.log(
      `disagreement on ${label(c.proposal)}: ${label(c.for.actor)} (${c.for.evidence[0].stance} "${short(c.for.evidence[0].text)}") vs ${label(c.against.actor)} ("${short(c.against.evidence[0].text)}")`,
    );
}
