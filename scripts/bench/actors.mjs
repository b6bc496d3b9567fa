// Speed of the actor stages (mentions + resolve) against the parse they read, over
// ../shared/eval/polnear/heldout/text (skipped when absent). Needs `pnpm --filter @parley/core build`.
//
//   node scripts/bench/actors.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../shared/eval/polnear/heldout/text/', import.meta.url));
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const t0 = performance.now();
const { parseText } = await import('../../packages/core/dist/text/index.js');
const { findMentions } = await import('../../packages/core/dist/mentions/index.js');
const { resolveActors } = await import('../../packages/core/dist/resolve/index.js');
const { extractArticle } = await import('../../packages/core/dist/index.js');
const loadMs = performance.now() - t0;
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(dir + f, 'utf8'));
// warm up lexicons and JIT on one article
resolveActors(parseText(texts[0]), findMentions(parseText(texts[0])));

const time = { parse: 0, mentions: 0, resolve: 0 };
let actors = 0;
for (const text of texts) {
  let t = performance.now();
  const parsed = parseText(text);
  time.parse += performance.now() - t;
  t = performance.now();
  const mentions = findMentions(parsed);
  time.mentions += performance.now() - t;
  t = performance.now();
  actors += resolveActors(parsed, mentions).actors.length;
  time.resolve += performance.now() - t;
}
const t = performance.now();
for (const [i, text] of texts.entries()) extractArticle(text, { id: String(i) });
const whole = performance.now() - t;
const per = (ms) => `${(ms / texts.length).toFixed(2)} ms/article`;
console.log(`${texts.length} articles, ${actors} actors; module load ${loadMs.toFixed(0)} ms`);
console.log(`parse    ${per(time.parse)}`);
console.log(`mentions ${per(time.mentions)}`);
console.log(`resolve  ${per(time.resolve)}`);
console.log(
  `extractArticle (whole pipeline) ${per(whole)} = ${((texts.length / whole) * 1000).toFixed(1)} articles/s`,
);
