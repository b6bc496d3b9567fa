// The database store (@parley/store) on both engines, against a synthetic corpus of N articles
// (default 10,000; about 8 statements each): import time, ingest of one more article excluding
// extraction (real extractions of the seed and fixture articles, each stored under a new id, so
// their actors merge into existing ones), who-said and actor-profile latency, and memory.
//
//   pnpm --filter @parley/core --filter @parley/store build
//   nice node scripts/bench/store.mjs [--articles 100000] [--ingests 200] [--queries 300] [--engine sqlite|postgres]
//
// PostgreSQL is started here as in the tests (a temporary server run as the postgres user, which
// needs root and Debian's postgresql 15); without it only SQLite is measured. Queries run one at a
// time from this process: the latencies are the store's, without HTTP.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticGraph } from './lib/synthetic-graph.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const store = await import(join(root, 'packages/store/dist/index.js'));
const pg = await import(join(root, 'packages/store/dist/testing/postgres.js'));
const corpus = await import(join(root, 'packages/store/dist/testing/corpus.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ARTICLES = Number(arg('articles', 10_000));
const INGESTS = Number(arg('ingests', 200));
const QUERIES = Number(arg('queries', 300));
const ENGINE = arg('engine', 'both');

/** Real extractions to ingest again and again (extraction itself is not measured). */
async function sampleExtractions() {
  return [...corpus.seedArticles(), ...(await corpus.fixtureArticles())].map((a) => a.x);
}

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;
const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;

async function timed(n, run) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function measure(engine, location, graph, extractions, size) {
  const s = await store.openCorpusStore(location);
  const name = 'bench';
  let t = performance.now();
  await s.importGraph(name, graph);
  const importMs = performance.now() - t;
  const ingest = await timed(INGESTS, (i) => {
    const x = extractions[i % extractions.length];
    const id = `bench-${i}-${x.article.id}`;
    return s.addExtraction(name, {
      ...x,
      article: { ...x.article, id, sha256: `${x.article.sha256.slice(0, 48)}${String(i).padStart(16, '0')}` },
    });
  });
  const words = [
    'security guarantees',
    'ceasefire',
    'sanctions',
    'summit',
    'aid package',
    'negotiations',
    'red line',
    'prisoner exchange',
    'energy deal',
    'membership',
  ];
  t = performance.now();
  const who = await timed(QUERIES, (i) => s.whoSaid(name, { q: words[i % words.length], limit: 20 }));
  const actors = graph.nodes.filter((n) => n.attributes.kind === 'actor').map((n) => n.key);
  const profile = await timed(QUERIES, (i) => s.actorProfile(name, actors[(i * 7919) % actors.length]));
  const hub = await timed(50, () => s.actorProfile(name, actors[0]));
  const statements = await timed(QUERIES, (i) =>
    s.statements(name, { speaker: actors[(i * 104729) % actors.length], sort: '-date', limit: 20 }),
  );
  await s.close();
  console.log(
    `\n${engine}, ${ARTICLES.toLocaleString()} articles (${graph.nodes.length.toLocaleString()} nodes, ${graph.edges.length.toLocaleString()} edges)`,
  );
  console.log(`  import (migration path)        ${(importMs / 1000).toFixed(1)} s`);
  console.log(
    `  ingest one article p50 / p99    ${ms(ingest.p50)} / ${ms(ingest.p99)}  (${INGESTS} articles)`,
  );
  console.log(`  who-said p50 / p99              ${ms(who.p50)} / ${ms(who.p99)}  (${QUERIES} queries)`);
  console.log(
    `  profile p50 / p99               ${ms(profile.p50)} / ${ms(profile.p99)}  (hub actor p99 ${ms(hub.p99)})`,
  );
  console.log(`  statements by speaker p99       ${ms(statements.p99)}`);
  console.log(
    `  client RSS                      ${mb(process.memoryUsage().rss)}${size ? `, database ${mb(size())}` : ''}`,
  );
}

const extractions = await sampleExtractions();
const graph = syntheticGraph({ articles: ARTICLES });
console.log(
  `store bench: ${ARTICLES} articles; RSS with the synthetic graph.json in memory ${mb(process.memoryUsage().rss)}`,
);
const dir = mkdtempSync(join(tmpdir(), 'parley-store-bench-'));
try {
  if (ENGINE !== 'postgres') {
    const file = join(dir, 'bench.db');
    await measure(
      'sqlite',
      file,
      graph,
      extractions,
      () => statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0),
    );
  }
  if (ENGINE !== 'sqlite') {
    const server = await pg.startTestPostgres();
    if ('unavailable' in server) console.log(`\npostgres: skipped (${server.unavailable})`);
    else {
      try {
        await measure('postgres', server.url, graph, extractions);
      } finally {
        server.stop();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
