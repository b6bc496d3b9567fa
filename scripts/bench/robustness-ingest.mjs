// How long one large article upload keeps the server from answering anyone else: the built server
// runs as a child process on 127.0.0.1; while one news-style article of each size is ingested,
// `GET /api/health` is polled from this process. Reports ingest time and the worst health latency.
//
//   pnpm --filter @parley/core build && pnpm --filter @parley/api build
//   node scripts/bench/robustness-ingest.mjs                # 16, 64, 256 KB
//   node scripts/bench/robustness-ingest.mjs --sizes 16,64,256,1024 --budget 1000
//
// Exit code 1 when the worst health latency exceeds the budget (ms, default 1000).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { longArticle } from './lib/articles.mjs';
import { freePort } from './lib/net.mjs';

const SERVER = fileURLToPath(new URL('../../apps/api/dist/server.js', import.meta.url));
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '16,64,256' }, budget: { type: 'string', default: '1000' } },
});

/** Polls /api/health every 50 ms until `stop()`; resolves with the worst latency and errors. */
function pollHealth(base) {
  let stop = false;
  const done = (async () => {
    let worst = 0;
    let errors = 0;
    let polls = 0;
    while (!stop) {
      const t = performance.now();
      try {
        await (await fetch(`${base}/api/health`)).arrayBuffer();
      } catch {
        errors++;
      }
      worst = Math.max(worst, performance.now() - t);
      polls++;
      await new Promise((r) => setTimeout(r, 50));
    }
    return { worst, errors, polls };
  })();
  return {
    stop: () => {
      stop = true;
      return done;
    },
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PARLEY_GRAPHS: dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('running at') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const budget = Number(values.budget);
  let over = 0;
  try {
    console.log(`one article upload vs. /api/health polled from another process (budget ${budget} ms)`);
    for (const [n, kb] of values.sizes.split(',').map(Number).entries()) {
      const poll = pollHealth(base);
      const started = performance.now();
      const res = await fetch(`${base}/api/graphs/bench/articles`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: longArticle(kb, n),
      });
      await res.arrayBuffer();
      const ingestMs = performance.now() - started;
      const { worst, errors, polls } = await poll.stop();
      if (worst > budget || errors) over++;
      console.log(
        `${String(kb).padStart(5)} KB: ingest ${res.status} in ${(ingestMs / 1000).toFixed(1)} s; health worst ${(worst / 1000).toFixed(2)} s over ${polls} polls, ${errors} connection errors`,
      );
    }
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    over ? `FAIL: ${over} sizes blocked other requests past the budget` : 'other requests stayed answered',
  );
  process.exitCode = over ? 1 : 0;
}

await main();
