// Load test of the query service with autocannon: who-said-what (ranked full-text search) and the
// actor profile, on the seed graph and on a synthetic graph of 10,000 articles.
//
//   pnpm --filter @parley/core build && pnpm --filter @parley/api build
//   node scripts/bench/api-queries.mjs [--duration 10] [--rate 1000] [--articles 10000]
//
// The server runs as a child process pinned to CPU 0 (taskset) and autocannon runs here, pinned to
// CPU 1, against 127.0.0.1 only. Each scenario is measured twice, for a fixed time: at a fixed rate
// (default 1,000 requests/s; latencies corrected for coordinated omission) and flat out (the most
// requests/s one core gives). Target: p99 < 20 ms at 1,000 requests/s on the 10,000-article graph.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './lib/net.mjs';
import { syntheticGraph } from './lib/synthetic-graph.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const requireApi = createRequire(join(root, 'apps/api/package.json'));
const autocannon = requireApi('autocannon');
const core = await import(join(root, 'packages/core/dist/index.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 10);
const RATE = arg('rate', 1000);
const ARTICLES = arg('articles', 10_000);
const FLAT_OUT_DURATION = Math.max(3, Math.round(DURATION / 2));

const hasTaskset = spawnSync('taskset', ['-V']).status === 0;

/** A graphs folder with the seed graph (built now from its articles) and the synthetic one. */
function prepareGraphs() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-api-'));
  const articles = join(root, 'graphs/ukraine-peace-talks/articles');
  const seedDir = join(dir, 'seed');
  mkdirSync(seedDir);
  const extractions = readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => core.extractArticle(readFileSync(join(articles, f), 'utf8'), { id: basename(f, '.txt') }));
  writeFileSync(
    join(seedDir, 'graph.json'),
    JSON.stringify(core.buildGraph(extractions, { name: 'seed' }).export()),
  );
  mkdirSync(join(dir, 'synthetic'));
  const t = performance.now();
  writeFileSync(join(dir, 'synthetic', 'graph.json'), JSON.stringify(syntheticGraph({ articles: ARTICLES })));
  console.log(`synthetic graph of ${ARTICLES} articles generated in ${Math.round(performance.now() - t)} ms`);
  return dir;
}

async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function waitFor(url, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await getJson(url);
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Starts the built server on CPU 0, request logs on (at info, to /dev/null) as in production. */
async function startServer(graphsDir) {
  const port = await freePort();
  const cmd = hasTaskset
    ? ['taskset', ['-c', '0', 'node', 'apps/api/dist/server.js']]
    : ['node', ['apps/api/dist/server.js']];
  const child = spawn(cmd[0], cmd[1], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PARLEY_GRAPHS: graphsDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, 60_000);
  return { base, child };
}

/** CPU time (user + system, ms) the process has used so far, from /proc; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in 1/100 s ticks
  } catch {
    return undefined;
  }
}

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const rows = [];

async function measure(label, base, paths, pid, warm = true) {
  const requests = paths.map((path) => ({ method: 'GET', path }));
  // Warm up: every distinct request once (fills the caches as a running server's would be).
  if (warm) for (const path of paths) await getJson(base + path);
  const common = { url: base, connections: 16, requests, timeout: 10 };
  const cpuBefore = cpuMs(pid);
  const fixed = await cannon({ ...common, duration: DURATION, overallRate: RATE });
  const cpuUsed = cpuMs(pid) - cpuBefore;
  const flat = await cannon({ ...common, duration: FLAT_OUT_DURATION });
  const errors = fixed.errors + fixed.non2xx + flat.errors + flat.non2xx;
  rows.push({
    scenario: label,
    [`req/s @${RATE}/s`]: Math.round(fixed.requests.average),
    'p50 ms': fixed.latency.p50,
    'p99 ms': fixed.latency.p99,
    'server CPU ms/req': Number.isFinite(cpuUsed) ? +(cpuUsed / fixed.requests.total).toFixed(3) : 'n/a',
    'max req/s': Math.round(flat.requests.average),
    'flat-out p99 ms': flat.latency.p99,
    errors,
  });
  console.log(`${label}: done`);
}

const graphsDir = prepareGraphs();
const { base, child } = await startServer(graphsDir);
if (hasTaskset) spawnSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
try {
  // The server loads and indexes every graph at start; measure only once that is over.
  const t = performance.now();
  const listed = await waitFor(`${base}/api/graphs`, 300_000);
  console.log(
    `graphs ${listed.items.map((g) => g.name).join(', ')} loaded and indexed in ${Math.round(performance.now() - t)} ms`,
  );
  for (const graph of ['seed', 'synthetic']) {
    const g = `/api/graphs/${graph}`;
    const words = [
      'security guarantees',
      'ceasefire',
      'sanctions relief',
      'troops',
      'summit in Washington',
      'NATO membership',
    ];
    await measure(
      `${graph} who-said`,
      base,
      words.map((q) => `${g}/who-said?q=${encodeURIComponent(q)}`),
      child.pid,
    );
    // 2,000 distinct queries cycle through a 1,000-entry response cache: every request is computed.
    const uncached = Array.from({ length: 2000 }, (_, n) => {
      const q = `${words[n % words.length]} ${words[(n * 7 + 3) % words.length]}`;
      return `${g}/who-said?q=${encodeURIComponent(q)}&offset=${n % 300}`;
    });
    await measure(`${graph} who-said, uncached`, base, uncached, child.pid, false);
    const actors = (await getJson(`${base}${g}/actors?limit=50`)).items.map((a) => a.key);
    await measure(
      `${graph} actor profile`,
      base,
      actors.map((key) => `${g}/actors/${encodeURIComponent(key)}`),
      child.pid,
    );
  }
} finally {
  child.kill('SIGTERM');
  rmSync(graphsDir, { recursive: true, force: true });
}
console.log(
  `\nserver pinned to one core: ${hasTaskset ? 'yes (taskset -c 0)' : 'no (taskset missing)'}; ${DURATION}s per fixed-rate run`,
);
console.table(rows);
const target = rows.find((r) => r.scenario === 'synthetic who-said');
const uncachedRow = rows.find((r) => r.scenario === 'synthetic who-said, uncached');
const profile = rows.find((r) => r.scenario === 'synthetic actor profile');
const ok = [target, uncachedRow, profile].every((r) => r && r['p99 ms'] < 20 && r.errors === 0);
console.log(
  'server CPU ms/req: CPU time the server used per request during the fixed-rate run; under 1 ms means one core sustains 1,000 req/s.',
);
console.log(
  `load average during the run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
console.log(`target p99 < 20 ms at ${RATE} req/s on ${ARTICLES} articles: ${ok ? 'met' : 'NOT met'}`);
