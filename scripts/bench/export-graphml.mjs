// Benchmark: export a generated 100,000-node, 300,000-edge graph to GraphML.
// Targets: under 3 s, and peak memory during the export under 2x the graph's own.
// Usage: node scripts/bench/export-graphml.mjs [--nodes N] [--edges M] [--keep]
// Needs the built core (pnpm --filter @parley/core build). Prints one JSON line of figures.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticGraph } from './lib/synthetic-graph.mjs';

// Heap figures need a forced collection before each reading: re-run under --expose-gc.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(r.status ?? 1);
}

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    edges: { type: 'string', default: '300000' },
    keep: { type: 'boolean', default: false },
  },
});
const coreDist = new URL('../../packages/core/dist/index.js', import.meta.url);
if (!existsSync(coreDist)) {
  console.error('build the core first: pnpm --filter @parley/core build');
  process.exit(1);
}
const { graphFromJson, toContractJson, toGraphml } = await import(coreDist.href);

const MB = 1024 * 1024;
const mb = (bytes) => Math.round((bytes / MB) * 10) / 10;
function settled() {
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

const before = settled();
let graph = graphFromJson(syntheticGraph({ nodes: Number(values.nodes), edges: Number(values.edges) }));
const built = settled();
const graphHeap = built.heapUsed - before.heapUsed;

// Stream the document to disk, sampling memory as chunks go out: the peak is what the export adds.
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const file = join(dir, 'graph.graphml');
const fd = openSync(file, 'w');
let peakHeap = built.heapUsed;
let peakRss = built.rss;
let chunks = 0;
const cpuStarted = process.cpuUsage();
const started = performance.now();
for (const chunk of toGraphml(graph)) {
  writeSync(fd, chunk);
  if (++chunks % 16 === 0) {
    const { heapUsed, rss } = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heapUsed);
    peakRss = Math.max(peakRss, rss);
  }
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const bytes = fstatSync(fd).size;
closeSync(fd);
const after = process.memoryUsage();
peakHeap = Math.max(peakHeap, after.heapUsed);
peakRss = Math.max(peakRss, after.rss);

// Calibration on the same machine at the same moment: V8's native JSON.stringify of the same graph.
const jsonCpuStarted = process.cpuUsage();
const jsonStarted = performance.now();
const jsonLength = toContractJson(graph).length;
const jsonSeconds = (performance.now() - jsonStarted) / 1000;
const jsonCpu = process.cpuUsage(jsonCpuStarted);

const figures = {
  bench: 'export-graphml',
  nodes: graph.order,
  edges: graph.size,
  seconds: Math.round(seconds * 1000) / 1000,
  // CPU time of this process (main thread and GC helpers): steadier than wall time on a busy machine
  cpuSeconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
  loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  outputMB: mb(bytes),
  referenceJsonSeconds: Math.round(jsonSeconds * 1000) / 1000,
  referenceJsonCpuSeconds: Math.round((jsonCpu.user + jsonCpu.system) / 1000) / 1000,
  referenceJsonMB: mb(jsonLength),
  graphHeapMB: mb(graphHeap),
  graphRssMB: mb(built.rss - before.rss),
  exportPeakHeapAboveGraphMB: mb(peakHeap - built.heapUsed),
  exportPeakRssAboveGraphMB: mb(peakRss - built.rss),
  // peak heap while exporting (graph included) over the graph's own heap; the target is < 2
  peakHeapOverGraph: Math.round(((peakHeap - before.heapUsed) / graphHeap) * 100) / 100,
  targets: { seconds: 3, peakHeapOverGraph: 2 },
};
figures.ok = figures.seconds < 3 && figures.peakHeapOverGraph < 2;
console.log(JSON.stringify(figures));
if (values.keep) console.error(`kept ${file}`);
else rmSync(dir, { recursive: true, force: true });
graph = null;
