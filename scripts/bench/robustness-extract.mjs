// Robustness benchmark of `extractArticle` on pathological text: for each hostile input shape and
// size it reports milliseconds per KB, whether it threw, and whether it finished within a time
// bound; then the worst case. Superlinear growth shows as ms/KB rising with size.
//
//   pnpm --filter @parley/core build && node scripts/bench/robustness-extract.mjs
//   node scripts/bench/robustness-extract.mjs --sizes 4,16,64,256 --timeout 60 --budget 20 --only quote
//   node scripts/bench/robustness-extract.mjs --sizes 64,1024,5120 --timeout 300 --budget 10 --cpu
//
// Defaults: sizes 16, 64, 256, 1024 KB, a 20 s cut-off, a 20 ms/KB budget. Each extraction runs in
// a fresh worker thread (after one small warm-up article) so a hang is cut off (reported as
// TIMEOUT) instead of stalling the run; a shape stops at its first timeout. Exit code 1 when any
// input throws, times out or exceeds the budget. Each cell gives wall and CPU time per KB; `--cpu`
// holds the CPU time to the budget (on a shared machine wall time counts others' load too).
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// core's own seeded PRNG (mulberry32), so every run measures the same text
const { seededRandom } = await import(new URL('../../packages/core/dist/layout.js', import.meta.url).href);
const CORE = new URL('../../packages/core/dist/index.js', import.meta.url);

/** Repeats `piece(i)` until the text reaches `bytes` UTF-16 units. */
function fill(bytes, piece) {
  const parts = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, bytes);
}

const WORDS = ['peace', 'Talks', 'said', 'the', 'Kremlin', 'officials', 'plan', 'Geneva', 'week'];
const QUOTES = ['"', '“', '”', '„', '«', '»', "''", '``', '‘', '’'];
const NAMES = ['Donald Trump', 'Vladimir Putin', 'Zelenskyy', 'Karoline Leavitt', 'NATO', 'the Kremlin'];

/** The hostile input shapes, each a function of the size in UTF-16 units. */
const SHAPES = {
  'words, no punctuation, one line': (n) => fill(n, (i) => `${WORDS[(i * 7 + 3) % WORDS.length]} `),
  'words, no punctuation, 200 per line': (n) =>
    fill(n, (i) => `${WORDS[(i * 7 + 3) % WORDS.length]}${i % 200 === 199 ? '\n' : ' '}`),
  'one token, no blanks': (n) => 'x'.repeat(n),
  'only quote marks': (n) => {
    const r = seededRandom(1);
    return fill(n, () => QUOTES[Math.floor(r() * QUOTES.length)]);
  },
  'opening quotes, never closed': (n) => fill(n, (i) => `${NAMES[i % NAMES.length]} said “the plan `),
  'quote, cue, quote chains': (n) =>
    fill(n, (i) => `"We will win," ${NAMES[i % NAMES.length]} said. "And soon." `),
  'every word capitalised (names everywhere)': (n) =>
    fill(n, (i) => `${WORDS[i % WORDS.length].replace(/^./, (c) => c.toUpperCase())} `),
  'cue verbs everywhere': (n) => fill(n, (i) => `${NAMES[i % NAMES.length]} said he told her that `),
  'HTML with scripts and javascript: links': (n) =>
    fill(
      n,
      (i) =>
        `<p>${NAMES[i % NAMES.length]} said "<a href="javascript:alert(${i})">go</a>"</p><script>alert("x")</script>\n`,
    ),
  'latin1-decoded random bytes': (n) => {
    const r = seededRandom(2);
    return Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256))).toString('latin1');
  },
  'emoji, astral and RTL': (n) => fill(n, (i) => ['😀 ', '👩‍👩‍👧 ', '𝔘𝔫𝔦 ', 'שלום ', 'مرحبا ', '🇺🇦 '][i % 6]),
  'blank lines only': (n) => fill(n, (i) => (i % 2 ? '\n' : ' \r\n')),
  'news sentences, one paragraph': (n) =>
    fill(n, (i) => `${NAMES[i % NAMES.length]} said on Monday that the plan was "a good start". `),
};

/** Worker side: extract one input and post the elapsed time or the error. */
async function runInWorker() {
  const { extractArticle } = await import(CORE);
  const { shape, size } = workerData;
  const text = SHAPES[shape](size);
  // one small article first, so the figure is extraction, not first-call compilation
  extractArticle('Officials said on Monday that "talks will go on," a spokesman told reporters.', {
    id: 'warm',
  });
  const start = performance.now();
  // the process's CPU time (the main thread only waits meanwhile): on a shared machine wall time
  // also counts the other processes' share of the cores
  const cpuStart = process.cpuUsage();
  const cpuMs = () => {
    const { user, system } = process.cpuUsage(cpuStart);
    return (user + system) / 1000;
  };
  try {
    const x = extractArticle(text, { id: 'bench' });
    parentPort.postMessage({
      ms: performance.now() - start,
      cpuMs: cpuMs(),
      statements: x.statements.length,
    });
  } catch (e) {
    parentPort.postMessage({ ms: performance.now() - start, cpuMs: cpuMs(), error: String(e).slice(0, 160) });
  }
}

/** Runs one input in a fresh worker, cut off after `timeoutMs`. */
function measure(shape, size, timeoutMs) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { shape, size } });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ timeout: true, ms: timeoutMs });
    }, timeoutMs);
    worker.once('message', (m) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      resolve({ ms: Number.NaN, error: String(e).slice(0, 160) });
    });
  });
}

async function main() {
  try {
    await import(CORE); // fail fast on a missing or broken build instead of 'throwing' on every input
  } catch (e) {
    console.error(`cannot load ${CORE.pathname}: ${e}\nrun: pnpm --filter @parley/core build`);
    process.exit(2);
  }
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '16,64,256,1024' },
      timeout: { type: 'string', default: '20' },
      budget: { type: 'string', default: '20' },
      only: { type: 'string' },
      cpu: { type: 'boolean', default: false },
    },
  });
  const sizesKb = values.sizes.split(',').map(Number);
  const timeoutMs = Number(values.timeout) * 1000;
  const budget = Number(values.budget);
  const shapes = Object.keys(SHAPES).filter((s) => !values.only || s.includes(values.only));
  console.log(
    `extractArticle on pathological input: ms per KB (KB = 1024 UTF-16 units), sizes ${sizesKb.join(', ')} KB,`,
    `${values.timeout} s cut-off per input, budget ${budget} ms/KB of ${values.cpu ? 'CPU' : 'wall'} time, 1 worker at a time (${availableParallelism()} cores);`,
    'cells: wall ms/KB (CPU ms/KB)',
  );
  const rows = [];
  for (const shape of shapes) {
    const row = { shape, cells: [] };
    for (const kb of sizesKb) {
      const r = await measure(shape, kb * 1024, timeoutMs);
      const cpuPerKb = r.cpuMs / kb;
      row.cells.push({ kb, ...r, cpuPerKb, perKb: values.cpu && !r.timeout ? cpuPerKb : r.ms / kb });
      if (r.timeout) break; // larger sizes would only time out again
    }
    rows.push(row);
    const cells = row.cells.map((c) =>
      c.timeout
        ? `${c.kb} KB: TIMEOUT`
        : c.error
          ? `${c.kb} KB: THROWS ${c.error}`
          : `${c.kb} KB: ${(c.ms / c.kb).toFixed(2)} (cpu ${c.cpuPerKb.toFixed(2)})`,
    );
    console.log(`${shape.padEnd(42)} ${cells.join(' | ')}`);
  }
  const all = rows.flatMap((r) => r.cells.map((c) => ({ shape: r.shape, ...c })));
  const worst = all.filter((c) => !c.error).sort((a, b) => b.perKb - a.perKb)[0];
  const failures = all.filter((c) => c.error || c.timeout || c.perKb > budget);
  if (worst)
    console.log(
      `\nworst: ${worst.perKb.toFixed(2)} ms/KB on "${worst.shape}" at ${worst.kb} KB (${(worst.ms / 1000).toFixed(1)} s)`,
    );
  for (const f of failures) {
    const why = f.timeout
      ? `timed out after ${values.timeout} s`
      : f.error
        ? `threw ${f.error}`
        : `${f.perKb.toFixed(2)} ms/KB over the ${budget} ms/KB budget`;
    console.log(`FAIL ${f.shape} at ${f.kb} KB: ${why}`);
  }
  console.log(
    failures.length ? `${failures.length} failing inputs` : 'no input threw, hung or exceeded the budget',
  );
  process.exitCode = failures.length ? 1 : 0;
}

if (isMainThread) await main();
else await runInWorker();
