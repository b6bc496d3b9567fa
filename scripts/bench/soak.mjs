// Soak test: the real server process (apps/api/dist/server.js) on 127.0.0.1 under 60 s of
// autocannon over mixed read endpoints while articles are ingested concurrently. Reports requests,
// latency, errors and non-2xx answers, ingest outcomes, and the server's resident memory (RSS,
// from /proc) after warm-up, at its peak and at the end. Exit code 1 on any error or failed ingest.
//
//   pnpm --filter @parley/core build && pnpm --filter @parley/api build
//   node scripts/bench/soak.mjs                       # 60 s, 10 connections, 2 ingest writers
//   node scripts/bench/soak.mjs --duration 10 --connections 20 --writers 4 --synthetic 2000
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { testArticle } from './lib/articles.mjs';
import { freePort } from './lib/net.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = join(root, 'apps/api/dist/server.js');
const SEED = 'ukraine-peace-talks';
const autocannon = createRequire(join(root, 'apps/api/package.json'))('autocannon');

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    writers: { type: 'string', default: '2' },
    synthetic: { type: 'string', default: '1000' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const WRITERS = Number(values.writers);

/** The server's resident set size in MB, read from /proc (Linux). */
function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** A graphs folder: the seed graph and its articles, and a synthetic graph of `articles` articles. */
async function graphsFolder(articles) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-soak-'));
  const seedSrc = join(root, 'graphs', SEED);
  if (!existsSync(join(seedSrc, 'graph.json')))
    throw new Error(`${seedSrc}/graph.json missing: run pnpm build:graphs`);
  cpSync(seedSrc, join(dir, SEED), { recursive: true });
  if (articles > 0) {
    const { syntheticGraph } = await import('./lib/synthetic-graph.mjs');
    mkdirSync(join(dir, 'synthetic'));
    writeFileSync(join(dir, 'synthetic', 'graph.json'), JSON.stringify(syntheticGraph({ articles })));
  }
  return dir;
}

/** Starts the server and resolves once it says it is running. */
function startServer(graphsDir, port) {
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      PARLEY_GRAPHS: graphsDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('running at')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before starting`)));
  });
}

/** Posts articles one after another until `until`, counting outcomes and latency. */
async function writer(base, graph, offset, until, stats) {
  for (let i = offset; Date.now() < until; i += WRITERS) {
    const started = performance.now();
    try {
      const res = await fetch(`${base}/api/graphs/${graph}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: testArticle(i),
      });
      await res.arrayBuffer();
      if (res.status === 201) stats.ok++;
      else stats.failed.push(res.status);
    } catch (e) {
      stats.failed.push(String(e));
    }
    stats.ms.push(performance.now() - started);
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : Number.NaN;
};

async function main() {
  if (!existsSync(SERVER)) {
    console.error(`${SERVER} missing: pnpm --filter @parley/core build && pnpm --filter @parley/api build`);
    process.exit(2);
  }
  const graphsDir = await graphsFolder(Number(values.synthetic));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = await startServer(graphsDir, port);
  try {
    // first ingest creates the graph the writers and readers share
    await writer(base, 'soak', -1, Date.now() + 1, { ok: 0, failed: [], ms: [] });
    const actors = await (await fetch(`${base}/api/graphs/${SEED}/actors?limit=2`)).json();
    const [a, b] = actors.items.map((x) => encodeURIComponent(x.key));
    const g = `/api/graphs/${SEED}`;
    const reads = [
      '/api/health',
      '/api/graphs',
      `${g}/statements?speaker=trump`,
      `${g}/statements?q=summit&limit=10`,
      `${g}/who-said?q=security%20guarantees`,
      `${g}/actors?limit=20`,
      `${g}/actors/${a}`,
      `${g}/proposals`,
      `${g}/nodes/${a}/neighbors?depth=2`,
      `${g}/path?from=${a}&to=${b}`,
      `${g}/export?format=graphml`,
      '/api/graphs/soak/statements?limit=10',
      '/api/graphs/soak/actors',
      ...(Number(values.synthetic) > 0
        ? [
            '/api/graphs/synthetic/statements?limit=20',
            '/api/graphs/synthetic/who-said?q=ceasefire',
            '/api/graphs/synthetic/actors?q=a',
          ]
        : []),
    ];
    // warm-up: every endpoint once, so the "before" memory includes loaded graphs and indexes
    for (const path of reads) {
      const res = await fetch(base + path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`warm-up ${path}: ${res.status}`);
    }
    const before = rssMb(child.pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(child.pid));
    }, 500);

    const until = Date.now() + DURATION * 1000;
    const ingest = { ok: 0, failed: [], ms: [] };
    const writers = Array.from({ length: WRITERS }, (_, w) =>
      writer(base, w % 2 ? SEED : 'soak', w, until, ingest),
    );
    console.log(
      `soak: ${DURATION} s, ${CONNECTIONS} connections over ${reads.length} read endpoints, ${WRITERS} concurrent ingest writers, server pid ${child.pid}`,
    );
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: reads.map((path) => ({ method: 'GET', path })),
    });
    await Promise.all(writers);
    clearInterval(sampler);
    const after = rssMb(child.pid);

    const errors = result.errors + result.timeouts + result.non2xx + result.mismatches;
    console.log(`reads:   ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s`);
    console.log(
      `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `errors:  ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    );
    console.log(
      `ingests: ${ingest.ok} articles added, ${ingest.failed.length} failed${ingest.failed.length ? ` (${[...new Set(ingest.failed)].join(', ')})` : ''}, p50 ${pct(ingest.ms, 50).toFixed(0)} ms, p99 ${pct(ingest.ms, 99).toFixed(0)} ms`,
    );
    console.log(
      `memory:  server RSS ${before.toFixed(0)} MB after warm-up, ${peak.toFixed(0)} MB peak, ${after.toFixed(0)} MB at the end`,
    );
    const total = errors + ingest.failed.length;
    console.log(total ? `FAIL: ${total} errors` : 'zero errors');
    process.exitCode = total ? 1 : 0;
  } finally {
    child.kill('SIGTERM');
    rmSync(graphsDir, { recursive: true, force: true });
  }
}

await main();
