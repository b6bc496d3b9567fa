// Time and quality of the CLI's stored layout (core `applyLayout`) on a graph built without one.
// Quality is the mean edge length over the mean distance between random node pairs: how much closer
// linked nodes sit than any two nodes (lower is better; a random layout gives about 1).
// Median of 3 runs (the layout is deterministic, so the quality is the same each run).
//
//   node_modules/.bin/parley build ../shared/eval/polnear/heldout/text --out /tmp/l-h.json --no-layout
//   node scripts/bench/layout.mjs /tmp/l-h.json [--runs 3]
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyLayout, graphFromTrustedJson, seededRandom } from '@parley/core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' } },
});
const file = positionals[0] ?? '/tmp/l-h.json';
if (!existsSync(file)) {
  console.log(`skipped: ${file} is absent (build a graph with parley build --no-layout first)`);
  process.exit(0);
}
const data = JSON.parse(readFileSync(file, 'utf8'));

/** Mean edge length over the mean distance of 20,000 random node pairs. */
function quality(graph) {
  const at = (n) => [graph.getNodeAttribute(n, 'x'), graph.getNodeAttribute(n, 'y')];
  const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  let edges = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    edges += dist(at(s), at(t));
  });
  const nodes = graph.nodes();
  const random = seededRandom(1);
  let pairs = 0;
  for (let i = 0; i < 20000; i++) {
    const a = nodes[Math.floor(random() * nodes.length)];
    const b = nodes[Math.floor(random() * nodes.length)];
    pairs += dist(at(a), at(b));
  }
  return edges / graph.size / (pairs / 20000);
}

const times = [];
let graph;
for (let run = 0; run < Number(values.runs); run++) {
  graph = graphFromTrustedJson(structuredClone(data));
  const t0 = performance.now();
  applyLayout(graph);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `layout of ${graph.order} nodes / ${graph.size} edges: median ${(median / 1000).toFixed(2)} s ` +
    `(runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}); quality ${quality(graph).toFixed(3)} (lower is better)`,
);
