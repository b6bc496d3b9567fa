// Tagging and parsing accuracy and speed on UD English EWT test with its gold tokens (issue 12).
//
//   pnpm --filter @parley/core --filter @parley/train build && node scripts/bench/syntax.mjs
//
// Prints UPOS accuracy against the UD tags, XPOS accuracy (rules of syntax/xpos.ts on predicted
// UPOS and lemmas), lemma accuracy, UAS and LAS of the dependency parser on the predicted tags
// (punctuation included, full relation labels such as `nsubj:pass`), and tokens/s by CPU time of
// this thread (best of --rounds after a warm-up) of tag + lemma + XPOS + parse on EWT test and of
// the whole `parseText` (tokenize, tag, parse, entities; and without the parse) on the PolNeAR
// heldout articles.
// `--digest` prints instead a sha256 of every annotation of EWT test and of `parseText` (with the
// tree) on the heldout articles, to show that a speed change left the output identical.
// Exits 0 with a note when the treebank is absent (it lives outside the repository, in ../shared).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, digest: { type: 'boolean', default: false } },
});
const rounds = Math.max(1, Number(values.rounds) || 3);
const train = await import(new URL('../../packages/train/dist/index.js', import.meta.url).href);
if (!existsSync(train.shared('corpora', 'ud-english-ewt', 'en_ewt-ud-test.conllu'))) {
  console.log('syntax bench skipped: ../shared/corpora not found');
  process.exit(0);
}
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);

const sentences = train.readEwt('test').map((s) => s.words);
const annotate = (words) => core.annotateSentence(words.map((w) => w.form));

const heldout = train.shared('eval', 'polnear', 'heldout', 'text');
const heldoutTexts = () =>
  readdirSync(heldout)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(heldout, f), 'utf8'));

if (values.digest) {
  const hash = createHash('sha256');
  for (const words of sentences) hash.update(JSON.stringify(annotate(words)));
  console.log(`annotateSentence digest, EWT test: ${hash.digest('hex')}`);
  if (existsSync(heldout)) {
    const texts = createHash('sha256');
    for (const t of heldoutTexts()) texts.update(JSON.stringify(core.parseText(t, { dependencies: true })));
    console.log(`parseText digest, PolNeAR heldout: ${texts.digest('hex')}`);
  }
  process.exit(0);
}

const count = { tokens: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0 };
for (const words of sentences) {
  const out = annotate(words);
  words.forEach((w, i) => {
    count.tokens++;
    if (out.upos[i] === w.upos) count.upos++;
    if (out.xpos[i] === w.xpos) count.xpos++;
    if (out.lemmas[i] === w.lemma.toLowerCase()) count.lemma++;
    if (out.heads[i] !== w.head) return;
    count.uas++;
    if (out.deprels[i] === w.deprel) count.las++;
  });
}

/** Best CPU seconds of `rounds` runs of `work` (after the accuracy pass above warmed it up). */
function cpuSeconds(work) {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

const pct = (n) => `${((100 * n) / count.tokens).toFixed(2)}%`;
console.log(`EWT test, gold tokens: ${sentences.length} sentences, ${count.tokens} tokens`);
console.log(`UPOS ${pct(count.upos)}  XPOS ${pct(count.xpos)}  lemma ${pct(count.lemma)}`);
console.log(`UAS ${pct(count.uas)}  LAS ${pct(count.las)}  (predicted tags, punctuation included)`);
const annotateTime = cpuSeconds(() => {
  for (const words of sentences) annotate(words);
});
console.log(
  `tag + lemma + XPOS + parse: ${Math.round(count.tokens / annotateTime)} tokens/s (CPU time, best of ${rounds})`,
);

if (existsSync(heldout)) {
  const texts = heldoutTexts();
  const tokens = texts.reduce((n, t) => n + core.parseText(t).tokens.length, 0);
  // with the tree (issue 12's target: tag + parse + entities), and without (extraction's default)
  for (const dependencies of [true, false]) {
    const seconds = cpuSeconds(() => {
      for (const t of texts) core.parseText(t, { dependencies });
    });
    const what = dependencies ? 'tokenize + tag + parse + entities' : 'tokenize + tag + entities, no parse';
    console.log(
      `parseText (${what}), ${texts.length} PolNeAR heldout articles: ${Math.round(tokens / seconds)} tokens/s`,
    );
  }
}
