// Tagging accuracy and speed on UD English EWT test with its gold tokens (issue 12).
//
//   pnpm --filter @parley/core --filter @parley/train build && node scripts/bench/syntax.mjs
//
// Prints UPOS accuracy against the UD tags, XPOS accuracy (rules of syntax/xpos.ts on predicted
// UPOS and lemmas), lemma accuracy, and tokens/s of tag + lemma + XPOS by CPU time of this thread
// (best of --rounds after a warm-up). UAS/LAS appear once a parser fills Token.head/deprel.
// Exits 0 with a note when the treebank is absent (it lives outside the repository, in ../shared).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Math.max(1, Number(values.rounds) || 3);
const train = await import(new URL('../../packages/train/dist/index.js', import.meta.url).href);
if (!existsSync(train.shared('corpora', 'ud-english-ewt', 'en_ewt-ud-test.conllu'))) {
  console.log('syntax bench skipped: ../shared/corpora not found');
  process.exit(0);
}
const { tagSentence, lemmatize, xposOf } = await import(
  new URL('../../packages/core/dist/syntax/index.js', import.meta.url).href
);

const sentences = train.readEwt('test').map((s) => s.words);
/** Tags, lemmas and PTB tags of one gold-tokenized sentence. */
function annotate(words) {
  const forms = words.map((w) => w.form);
  const upos = tagSentence(forms);
  const lemmas = forms.map((f, i) => lemmatize(f, upos[i]));
  const xpos = xposOf(forms.map((form, i) => ({ form, upos: upos[i], lemma: lemmas[i] })));
  return { upos, lemmas, xpos };
}

let tokens = 0;
let upos = 0;
let xpos = 0;
let lemma = 0;
for (const words of sentences) {
  const out = annotate(words);
  words.forEach((w, i) => {
    tokens++;
    if (out.upos[i] === w.upos) upos++;
    if (out.xpos[i] === w.xpos) xpos++;
    if (out.lemmas[i] === w.lemma.toLowerCase()) lemma++;
  });
}

let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  const start = process.cpuUsage();
  for (const words of sentences) annotate(words);
  const used = process.cpuUsage(start);
  best = Math.min(best, (used.user + used.system) / 1e6);
}
const pct = (n) => `${((100 * n) / tokens).toFixed(2)}%`;
console.log(`EWT test, gold tokens: ${sentences.length} sentences, ${tokens} tokens`);
console.log(`UPOS ${pct(upos)}  XPOS ${pct(xpos)}  lemma ${pct(lemma)}  (UAS/LAS: no parser yet)`);
console.log(`tag + lemma + XPOS: ${Math.round(tokens / best)} tokens/s (CPU time, best of ${rounds})`);
