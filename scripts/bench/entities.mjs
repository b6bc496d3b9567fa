// The entity tagger on GUM's held-out documents (every fifth by name, `gumSplit`): exact-span,
// exact-type precision, recall and F1 for person/organization/place together (issue 12's figure),
// all types and each type; and tagging speed in tokens per second on one core (both passes:
// features, document cues, Viterbi; the words come from GUM's gold tokens).
// Needs `pnpm --filter @parley/core --filter @parley/train run build`.
//
//   node scripts/bench/entities.mjs [--json]
import { performance } from 'node:perf_hooks';

const train = await import('../../packages/train/dist/index.js');
const core = await import('../../packages/core/dist/index.js');

const { heldout } = train.gumSplit();
const sentences = train.entitySentences(heldout);
const tagger = core.entityTagger();
const byDoc = new Map();
for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s.words]);

// documents tagged whole, in the order of `sentences` (both group by document in file order)
const run = () => [...byDoc.values()].flatMap((list) => tagger.tagDocument(list));
run(); // warm up lexicons and JIT
const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
const rounds = 5;
const t0 = performance.now();
let predicted = [];
for (let r = 0; r < rounds; r++) predicted = run();
const seconds = (performance.now() - t0) / 1000;
const scores = train.scoreEntities(
  sentences.map((s) => s.entities),
  predicted,
);
const tokensPerSecond = Math.round((tokens * rounds) / seconds);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ documents: heldout, tokens, tokensPerSecond, ...scores }, null, 2));
} else {
  console.log(`GUM held-out: ${heldout.length} documents, ${tokens} tokens`);
  console.log(train.formatScores(scores));
  console.log(`speed: ${tokensPerSecond.toLocaleString('en')} tokens/s`);
}
