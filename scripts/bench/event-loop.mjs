// How long the server's event loop is held while heavy requests run: the built server runs as a
// child process on 127.0.0.1 with a 5,000-article synthetic graph and a graph of one 4 MB article;
// `/api/health` is polled every 10 ms from a worker thread of this process while 3 exports of the
// big graph (GEXF, contract JSON, GraphML by default) and the first read of the 4 MB article (its
// text, and its statements with their source sentences) run at once. Reports the health latency
// (p50, p99, max), each request's time, and the server's peak memory.
//
//   pnpm -r run build && node scripts/bench/event-loop.mjs
//   node scripts/bench/event-loop.mjs --articles 5000 --formats gexf,json,graphml --budget 50
//   node scripts/bench/event-loop.mjs --node-flags="--cpu-prof --cpu-prof-dir=/tmp/prof --trace-gc"
//     (flags for the server's node; its stdout is printed and it is stopped with SIGINT so a
//     profile gets written)
//
// Exit code 1 when the health p99 exceeds the budget (ms, default 50) or any request fails.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { longArticle } from './lib/articles.mjs';
import { freePort } from './lib/net.mjs';
import { syntheticGraph } from './lib/synthetic-graph.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = join(ROOT, 'apps/api/dist/server.js');
const PARLEY = join(ROOT, 'packages/cli/bin/parley.js');
const PROBE = join(ROOT, 'scripts/bench/lib/loop-probe.mjs');

/** The poller (worker thread): GET /api/health every 10 ms until told to stop; posts latencies. */
async function poll({ base }) {
  let stop = false;
  parentPort.once('message', () => {
    stop = true;
  });
  const latencies = [];
  let errors = 0;
  while (!stop) {
    const t = performance.now();
    try {
      await (await fetch(`${base}/api/health`)).arrayBuffer();
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  parentPort.postMessage({ latencies, errors });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '5000' },
      kb: { type: 'string', default: '4096' },
      formats: { type: 'string', default: 'gexf,json,graphml' },
      budget: { type: 'string', default: '50' },
      'node-flags': { type: 'string', default: '' },
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'parley-loop-bench-'));
  const graphs = join(dir, 'graphs');
  let child;
  try {
    mkdirSync(join(graphs, 'big'), { recursive: true });
    writeFileSync(
      join(graphs, 'big', 'graph.json'),
      JSON.stringify(syntheticGraph({ articles: Number(values.articles) })),
    );
    writeFileSync(join(dir, 'long.txt'), longArticle(Number(values.kb), 1));
    const built = spawnSync(
      process.execPath,
      [
        PARLEY,
        'build',
        join(dir, 'long.txt'),
        '--out',
        join(graphs, 'long', 'graph.json'),
        '--no-layout',
        '-q',
      ],
      { stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('building the long article graph failed');

    const port = await freePort();
    const nodeFlags = values['node-flags'].split(' ').filter(Boolean);
    child = spawn(process.execPath, [...nodeFlags, '--import', PROBE, SERVER], {
      env: {
        ...process.env,
        PARLEY_GRAPHS: graphs,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    /** The server's own event-loop delay since the previous call (the probe's LOOP line). */
    const loopDelay = async () => {
      const seen = out.length;
      child.kill('SIGUSR2');
      for (let i = 0; i < 100 && !/LOOP \{.*\}/.test(out.slice(seen)); i++)
        await new Promise((r) => setTimeout(r, 20));
      return JSON.parse(/LOOP (\{.*\})/.exec(out.slice(seen))?.[1] ?? '{}');
    };
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('running at') && resolve());
      child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const listed = await (await fetch(`${base}/api/graphs`)).json(); // loads and indexes both graphs
    if (listed.items.length !== 2) throw new Error(`expected 2 graphs, got ${JSON.stringify(listed)}`);

    await loopDelay();
    const poller = new Worker(fileURLToPath(import.meta.url), { workerData: { base } });
    const polled = new Promise((resolve) => poller.once('message', resolve));
    await new Promise((r) => setTimeout(r, 200));
    const timed = async (name, url, read) => {
      const t = performance.now();
      const res = await fetch(`${base}${url}`);
      const size = await read(res);
      return { name, status: res.status, ms: performance.now() - t, size };
    };
    const bytes = async (res) => {
      let n = 0;
      for await (const chunk of res.body) n += chunk.length;
      return n;
    };
    const started = performance.now();
    const results = await Promise.all([
      ...values.formats
        .split(',')
        .map((f) => timed(`export ${f}`, `/api/graphs/big/export?format=${f}`, bytes)),
      timed('4 MB article text', '/api/graphs/long/articles/long', bytes),
      timed('4 MB article statements (first sentence read)', '/api/graphs/long/statements?limit=20', bytes),
    ]);
    const wall = performance.now() - started;
    const loop = await loopDelay();
    poller.postMessage('stop');
    const { latencies, errors } = await polled;
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    const sorted = [...latencies].sort((a, b) => a - b);
    const budget = Number(values.budget);
    const p99 = quantile(sorted, 0.99);
    console.log(
      `event loop under load: ${values.articles}-article graph, ${values.kb} KB article, ${values.formats.split(',').length} exports at once (budget p99 ${budget} ms)`,
    );
    for (const r of results) {
      console.log(
        `  ${r.name.padEnd(48)} ${r.status} in ${(r.ms / 1000).toFixed(1)} s, ${(r.size / 1e6).toFixed(1)} MB`,
      );
    }
    console.log(
      `  /api/health over ${(wall / 1000).toFixed(1)} s: ${latencies.length} polls, p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms, ${errors} errors`,
    );
    console.log(
      `  the server's own event-loop delay meanwhile: p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms (the health latency adds the bench's and the OS's share of 2 busy cores)`,
    );
    if (peak) console.log(`  server peak RSS ${(Number(peak) / 1024).toFixed(0)} MB`);
    const failed = results.filter((r) => r.status !== 200).length + errors;
    console.log(p99 > budget || failed ? 'FAIL' : 'ok: the event loop stayed free');
    process.exitCode = p99 > budget || failed ? 1 : 0;
    if (nodeFlags.length) {
      // let the server exit on its own so that --cpu-prof and the like write their files
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      console.log(
        out
          .split('\n')
          .filter((l) => !l.startsWith('LOOP'))
          .join('\n'),
      );
    }
  } finally {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else await poll(workerData);
