// Proposals and stances against the hand-annotated gold of issue 15: builds a graph of a split's
// articles with the CLI and scores it (packages/core/src/proposals/fixtures/polnear/README.md).
//
//   pnpm -r run build && node scripts/bench/proposals-score.mjs [--split fit|heldout|seed] [--verbose] [--json]
//   node scripts/bench/proposals-score.mjs --split fit --graph /tmp/fit.json   (score a graph already built)
//   node scripts/bench/proposals-score.mjs --split heldout --check             (exit 1 when a target is missed)
//
// Prints, per article and pooled over the split: proposals found (gold proposals with a matched Parley
// proposal), right stance (gold stances found with the right actor and stance), label precision
// (matched Parley proposals whose label a gold `accept` pattern takes), spurious (Parley proposals
// matching no gold proposal); then category agreement, stance precision and reported-by as extras.
// Skips (exit 0) when the split's texts are absent; they live outside the repository, in ../shared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  explainArticle,
  GoldError,
  loadGold,
  repoRoot,
  SPLITS,
  scoreGraph,
  splitAvailable,
  TARGETS,
} from './lib/proposal-gold.mjs';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'heldout' },
    graph: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const split = values.split;
if (!(split in SPLITS)) {
  console.error(`proposals-score: --split must be one of ${Object.keys(SPLITS).join(', ')}`);
  process.exit(2);
}
if (!splitAvailable(split)) {
  console.log(`proposals-score skipped: the ${split} texts are absent (../shared/eval/polnear/${split})`);
  process.exit(0);
}

let golds;
try {
  golds = loadGold(split);
} catch (error) {
  if (!(error instanceof GoldError)) throw error;
  console.error(`proposals-score: ${error.message}`);
  process.exit(2);
}

/** Builds one graph of the gold articles with the CLI, as a user would. */
function buildGraph(files) {
  const cli = path.join(repoRoot, 'node_modules/.bin/parley');
  if (!existsSync(cli)) {
    console.error(
      'proposals-score: node_modules/.bin/parley is missing: run pnpm install && pnpm -r run build',
    );
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-proposals-'));
  const out = path.join(dir, 'graph.json');
  try {
    const started = performance.now();
    const r = spawnSync(cli, ['build', ...files, '--out', out, '--no-layout', '--quiet'], {
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      console.error(`proposals-score: parley build failed (exit ${r.status})\n${r.stderr}`);
      process.exit(1);
    }
    return { graph: JSON.parse(readFileSync(out, 'utf8')), seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const built = values.graph
  ? { graph: JSON.parse(readFileSync(values.graph, 'utf8')), seconds: null }
  : buildGraph(golds.map((g) => g.file));
// the seed's fixture names proposals by label only: compare them as the graph keys them
const keyOf = split === 'seed' ? (await import('@parley/core')).proposalKey : undefined;
const score = scoreGraph(golds, built.graph, keyOf);

const pct = (x) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
const frac = (n, d) => `${n}/${d}`;

if (values.json) {
  const plain = ({ article, counts, shares }) => ({ article, counts, shares });
  console.log(
    JSON.stringify({ split, articles: score.articles.map(plain), overall: score.overall }, null, 2),
  );
} else {
  const c = score.overall.counts;
  console.log(
    `proposals against gold, split ${split}: ${golds.length} articles, ${c.goldProposals} proposals, ` +
      `${c.goldStances} stances${built.seconds === null ? '' : ` (graph built in ${built.seconds.toFixed(1)} s)`}`,
  );
  const row = (name, k) =>
    [
      name.padEnd(44),
      frac(k.found, k.goldProposals).padStart(7),
      frac(k.rightStance, k.goldStances).padStart(8),
      frac(k.labelOk, k.matched).padStart(7),
      frac(k.spurious, k.parleyProposals).padStart(9),
      String(k.duplicates).padStart(5),
    ].join(' ');
  console.log(
    [
      'article'.padEnd(44),
      'found'.padStart(7),
      'stance'.padStart(8),
      'label'.padStart(7),
      'spurious'.padStart(9),
      'dup'.padStart(5),
    ].join(' '),
  );
  for (const a of score.articles) {
    console.log(row(a.article.length > 44 ? `${a.article.slice(0, 43)}…` : a.article, a.counts));
    if (values.verbose) for (const line of explainArticle(a)) console.log(line);
  }
  console.log(row('overall', c));
  const s = score.overall.shares;
  console.log(
    `found ${pct(s.found)}, right stance ${pct(s.rightStance)}, label precision ${pct(s.labelPrecision)}, ` +
      `spurious ${pct(s.spurious)}`,
  );
  console.log(
    `extra: duplicates ${c.duplicates}, category agreement ${pct(s.categoryAgreement)} (${frac(c.categoryOk, c.matched)}), ` +
      `stance precision ${pct(s.stancePrecision)} (${frac(c.stancesMatched, c.parleyStances)}), ` +
      `reported-by ${pct(s.reportedBy)} (${frac(c.reportedByRight, c.reportedByGold)})`,
  );
}

const s = score.overall.shares;
const missed = [
  s.found !== null && s.found < TARGETS.found && `found ${pct(s.found)} < ${pct(TARGETS.found)}`,
  s.rightStance !== null &&
    s.rightStance < TARGETS.rightStance &&
    `right stance ${pct(s.rightStance)} < ${pct(TARGETS.rightStance)}`,
  s.labelPrecision !== null &&
    s.labelPrecision < TARGETS.labelPrecision &&
    `label precision ${pct(s.labelPrecision)} < ${pct(TARGETS.labelPrecision)}`,
  s.spurious !== null &&
    s.spurious > TARGETS.spuriousMax &&
    `spurious ${pct(s.spurious)} > ${pct(TARGETS.spuriousMax)}`,
].filter(Boolean);
if (!values.json) {
  console.log(
    missed.length
      ? `issue 15 targets missed: ${missed.join('; ')}`
      : 'issue 15 targets (found >= 80%, right stance >= 70%, label precision >= 90%, spurious <= 20%) met',
  );
}
if (values.check && missed.length) process.exit(1);
