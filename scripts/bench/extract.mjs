// Throughput of the whole `extractArticle` pipeline (parse, mentions, resolve, attribution,
// proposals) on one core over the PolNeAR sample, and peak memory.
//
//   pnpm --filter @parley/core build && node scripts/bench/extract.mjs
//   node scripts/bench/extract.mjs --dir ../shared/eval/polnear/heldout/text --rounds 3
//
//   node scripts/bench/extract.mjs --digest   (sha256 of every article's extraction, for speed work
//                                             that must not change the output: compare before/after)
//
// Prints articles/s by CPU time of this one thread (best of the timed rounds, after one warm-up
// round; wall time too, which a busy machine inflates), ms per article, KB/s and peak RSS. Target: at least 50 articles/s. Exits 0 with a note when the corpus is absent (it lives
// outside the repository, in ../shared) and 1 when throughput is under --min.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: path.resolve(root, '../shared/eval/polnear/heldout/text') },
    rounds: { type: 'string', default: '3' },
    min: { type: 'string', default: '50' },
    digest: { type: 'boolean', default: false },
  },
});
const rounds = Math.max(1, Number(values.rounds) || 3);
const minRate = Number(values.min) || 0;

if (!existsSync(values.dir)) {
  console.log(`extract bench skipped: corpus not found at ${values.dir}`);
  process.exit(0);
}
const { extractArticle } = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const articles = readdirSync(values.dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, -4), text: readFileSync(path.join(values.dir, f), 'utf8') }));
const chars = articles.reduce((n, a) => n + a.text.length, 0);

/**
 * One pass over every article: CPU seconds (user + system of this single-threaded process, so a
 * busy machine does not distort the figure), wall seconds, and the number of statements found.
 */
function pass() {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let statements = 0;
  for (const a of articles) statements += extractArticle(a.text, { id: a.id }).statements.length;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: Number(process.hrtime.bigint() - t0) / 1e9, statements };
}

/** sha256 of the JSON of every article's extraction, in file order. */
function digest() {
  const hash = createHash('sha256');
  for (const a of articles) hash.update(JSON.stringify(extractArticle(a.text, { id: a.id })));
  return hash.digest('hex');
}

if (values.digest) {
  console.log(`extractArticle digest over ${articles.length} articles of ${values.dir}: ${digest()}`);
  process.exit(0);
}

pass(); // warm-up: model load, JIT
let best = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY, statements: 0 };
for (let r = 0; r < rounds; r++) {
  const run = pass();
  if (run.cpu < best.cpu) best = run;
}
const rate = articles.length / best.cpu;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `extractArticle: ${articles.length} articles (${(chars / 1024).toFixed(0)} KB), ${best.statements} statements; ` +
    `best of ${rounds}: ${best.cpu.toFixed(2)} CPU s = ${rate.toFixed(1)} articles/s on one core ` +
    `(${((best.cpu / articles.length) * 1000).toFixed(1)} ms/article, ${(chars / 1024 / best.cpu).toFixed(0)} KB/s; ` +
    `wall ${best.wall.toFixed(2)} s = ${(articles.length / best.wall).toFixed(1)} articles/s); peak RSS ${peakMb.toFixed(0)} MB`,
);
if (rate < minRate) {
  console.log(`below the target of ${minRate} articles/s`);
  process.exit(1);
}
