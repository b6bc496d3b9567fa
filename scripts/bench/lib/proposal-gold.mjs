// The gold proposals of issue 15 (packages/core/src/proposals/fixtures/polnear/{fit,heldout}, and the
// seed's fixture in its older format) and how a Parley graph is scored against them. The format is
// described in packages/core/src/proposals/fixtures/polnear/README.md; the zod schemas here define it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProposalCategorySchema } from '@parley/core/contract';
import { z } from 'zod';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const fixturesDir = path.join(repoRoot, 'packages/core/src/proposals/fixtures');

/** Where each split's fixtures live: a folder of one JSON file per article, or the seed's one file. */
export const SPLITS = {
  fit: path.join(fixturesDir, 'polnear/fit'),
  heldout: path.join(fixturesDir, 'polnear/heldout'),
  seed: path.join(fixturesDir, 'seed.json'),
};

/** Issue 15's targets on the heldout split (shares, 0-1). */
export const TARGETS = { found: 0.8, rightStance: 0.7, labelPrecision: 0.9, spuriousMax: 0.2 };

/** The categories gold proposals may carry: the contract's, which hold issue 15's general ones. */
export const GOLD_CATEGORIES = ProposalCategorySchema.options;

const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start < end, 'a span must be [start, end) with start < end');

/** A regular expression given as a string: it must compile. */
const Pattern = z.string().refine((p) => {
  try {
    new RegExp(p, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** Five words in a row: a pattern holding that much running text copies the article. */
const COPIED = /[\p{L}'’]+(?:\s+[\p{L}'’]+){4}/u;

const Stance = z.enum(['proposes', 'supports', 'rejects']);

export const GoldStanceSchema = z.strictObject({
  /** Case-insensitive pattern over an actor's label and aliases. */
  actor: Pattern,
  stance: Stance,
  /** The evidence, [start, end). */
  span: Span,
  /** Who reported the stance, when a third party did. */
  reportedBy: Pattern.optional(),
});

export const GoldProposalSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by hyphens'),
  label: z.string().min(1),
  /** Short keyword patterns; a label is acceptable when it matches one. */
  accept: z
    .array(
      Pattern.refine(
        (p) => p.length <= 100 && !COPIED.test(p),
        'accept patterns are short keyword patterns, not copied text',
      ),
    )
    .min(1),
  category: z.enum(GOLD_CATEGORIES),
  mentions: z.array(Span).min(1),
  stances: z.array(GoldStanceSchema),
});

export const GoldFixtureSchema = z.strictObject({
  article: z.string().min(1),
  /** The article's text, relative to the repository root. */
  path: z.string().min(1),
  /** SHA-256 of the text as read, so that changed text is an error rather than wrong offsets. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  note: z.string().optional(),
  proposals: z.array(GoldProposalSchema).min(1),
});

/** The seed's fixture (read by packages/core/src/proposals/find.test.ts too): a point per stance. */
export const SeedFixtureSchema = z.looseObject({
  article: z.string(),
  path: z.string(),
  proposals: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      category: z.string(),
      stances: z.array(
        z.looseObject({
          actor: Pattern,
          stance: Stance,
          at: z.number().int().nonnegative(),
          ifActor: z.boolean().optional(),
        }),
      ),
    }),
  ),
});

/** A fixture that does not fit its schema or its text: says which file and what is wrong. */
export class GoldError extends Error {
  name = 'GoldError';
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const regex = (p) => new RegExp(p, 'i');
const issues = (error) => error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * Checks a parsed gold fixture against its article's text: hash, every span inside the text, ids
 * unique, every reference label matching its own accept patterns.
 * @throws GoldError naming the problem
 */
export function checkFixture(fixture, text, where = fixture.article) {
  if (sha256(text) !== fixture.sha256) {
    throw new GoldError(`${where}: the text of ${fixture.path} is not the one annotated (sha256 differs)`);
  }
  const ids = new Set();
  for (const p of fixture.proposals) {
    if (ids.has(p.id)) throw new GoldError(`${where}: proposal id "${p.id}" is used twice`);
    ids.add(p.id);
    if (!p.accept.some((a) => regex(a).test(p.label))) {
      throw new GoldError(`${where}: the label of "${p.id}" matches none of its accept patterns`);
    }
    for (const span of [...p.mentions, ...p.stances.map((s) => s.span)]) {
      if (span[1] > text.length) {
        throw new GoldError(`${where}: "${p.id}" has span [${span}] beyond the text (${text.length} units)`);
      }
    }
  }
}

/** A gold article ready for scoring: its text file and text, patterns compiled. */
function compile(fixture, text, source) {
  return {
    article: fixture.article,
    source,
    file: path.resolve(repoRoot, fixture.path),
    text,
    proposals: fixture.proposals.map((p) => ({
      id: p.id,
      label: p.label,
      category: p.category,
      accept: p.accept ? p.accept.map(regex) : null,
      mentions: p.mentions,
      stances: p.stances.map((s) => ({
        actor: regex(s.actor),
        stance: s.stance,
        span: s.span,
        reportedBy: s.reportedBy ? regex(s.reportedBy) : null,
        ifActor: s.ifActor ?? false,
      })),
    })),
  };
}

function readText(file, where) {
  if (!existsSync(file)) throw new GoldError(`${where}: the article text ${file} is missing`);
  return readFileSync(file, 'utf8');
}

function parseJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GoldError(`${file}: not valid JSON (${error.message})`);
  }
}

/**
 * Reads and checks one gold fixture file (the fit/heldout format).
 * @throws GoldError when the file, its schema or its text is wrong
 */
export function readGoldFixture(file) {
  const parsed = GoldFixtureSchema.safeParse(parseJson(file));
  if (!parsed.success) throw new GoldError(`${file}: ${issues(parsed.error)}`);
  const fixture = parsed.data;
  const text = readText(path.resolve(repoRoot, fixture.path), file);
  checkFixture(fixture, text, file);
  return compile(fixture, text, file);
}

/** The seed fixture as a gold article: each stance a one-unit span at `at`; labels compared by key. */
function readSeedFixture(file) {
  const parsed = SeedFixtureSchema.safeParse(parseJson(file));
  if (!parsed.success) throw new GoldError(`${file}: ${issues(parsed.error)}`);
  const fixture = parsed.data;
  const text = readText(path.resolve(repoRoot, fixture.path), file);
  for (const s of fixture.proposals.flatMap((p) => p.stances)) {
    if (s.at >= text.length) throw new GoldError(`${file}: stance at ${s.at} is beyond the text`);
  }
  const proposals = fixture.proposals.map((p) => ({
    ...p,
    accept: null,
    mentions: [],
    stances: p.stances.map((s) => ({ ...s, span: [s.at, s.at + 1] })),
  }));
  return compile({ article: fixture.article, path: fixture.path, proposals }, text, file);
}

/** Whether a split's fixtures and texts are present (the texts live outside the repository). */
export function splitAvailable(split) {
  const where = SPLITS[split];
  if (!where || !existsSync(where)) return false;
  if (split === 'seed') return true;
  return existsSync(path.join(repoRoot, '../shared/eval/polnear', split, 'text'));
}

/**
 * Every gold article of a split, checked against its text.
 * @throws GoldError for an unknown split or a wrong fixture
 * @example loadGold('fit').length // 15
 */
export function loadGold(split) {
  const where = SPLITS[split];
  if (!where) throw new GoldError(`unknown split "${split}" (one of ${Object.keys(SPLITS).join(', ')})`);
  if (split === 'seed') return [readSeedFixture(where)];
  return readdirSync(where)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readGoldFixture(path.join(where, f)));
}

// ---- scoring ---------------------------------------------------------------------------------

const STANCES = new Set(['proposes', 'supports', 'rejects']);
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
/** Overlap as a share of the longer span: a tight fit scores near 1, a sentence around a word near 0. */
const closeness = (a, b) => overlap(a, b) / Math.max(a[1] - a[0], b[1] - b[0]);
const bestCloseness = (spans, others) =>
  Math.max(0, ...spans.flatMap((a) => others.map((b) => closeness(a, b))));

/** The graph's nodes and edges indexed for scoring (graphology's serialization, the graph contract). */
function indexGraph(graph) {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes ?? {}]));
  const edges = graph.edges.map((e) => ({ source: e.source, target: e.target, ...(e.attributes ?? {}) }));
  return { nodes, edges };
}

const namesOf = (actor) => (actor ? [actor.label, ...(actor.aliases ?? [])].filter(Boolean) : []);
const actorMatches = (actor, pattern) => namesOf(actor).some((n) => pattern.test(n));

/** Parley's proposals in one article: one per proposal node with a span there (node, contains, stances). */
function parleyProposals(index, article) {
  const byKey = new Map();
  const entry = (key) => {
    if (!byKey.has(key)) {
      const node = index.nodes.get(key);
      byKey.set(key, { key, label: node.label, category: node.category, spans: [], stances: [] });
    }
    return byKey.get(key);
  };
  for (const [key, node] of index.nodes) {
    if (node.kind === 'proposal' && node.article === article && node.span) entry(key).spans.push(node.span);
  }
  for (const e of index.edges) {
    if (e.article !== article || index.nodes.get(e.target)?.kind !== 'proposal') continue;
    if (e.type === 'contains' && e.span) entry(e.target).spans.push(e.span);
    if (STANCES.has(e.type)) {
      const p = entry(e.target);
      if (e.span) p.spans.push(e.span);
      p.stances.push(e);
    }
  }
  return [...byKey.values()];
}

/** Whether a Parley label is acceptable for a gold proposal (the seed compares canonical keys). */
function labelAccepted(label, gold, keyOf) {
  if (gold.accept) return gold.accept.some((a) => a.test(label));
  return keyOf(label) === keyOf(gold.label);
}

const goldSpans = (g) => [...g.mentions, ...g.stances.map((s) => s.span)];

/** Each Parley proposal goes to the overlapping gold proposal whose labels agree, else the best fit. */
function assignProposals(parley, golds, keyOf) {
  return parley.map((p) => {
    let best = null;
    for (const g of golds) {
      const score = bestCloseness(p.spans, goldSpans(g));
      if (score === 0) continue;
      const rank = [labelAccepted(p.label, g, keyOf) ? 1 : 0, score];
      if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1])) {
        best = { gold: g, rank };
      }
    }
    return { parley: p, gold: best?.gold ?? null, labelOk: best ? best.rank[0] === 1 : false };
  });
}

/** Speakers and reporters of a stance's evidence statement. */
function reportersOf(index, edge) {
  if (!edge.statement) return [];
  const actors = [];
  for (const e of index.edges) {
    if (e.type === 'said' && e.target === edge.statement) actors.push(index.nodes.get(e.source));
    if (e.type === 'reported_by' && e.source === edge.statement) actors.push(index.nodes.get(e.target));
  }
  return actors;
}

/** Gold stances matched one-to-one with Parley stance edges on the same gold proposal. */
function matchStances(index, golds, assigned) {
  const pairs = [];
  golds.forEach((g) => {
    const edges = assigned.filter((a) => a.gold === g).flatMap((a) => a.parley.stances);
    g.stances.forEach((s) => {
      for (const e of edges) {
        if (e.type !== s.stance || !e.span || overlap(e.span, s.span) === 0) continue;
        if (!actorMatches(index.nodes.get(e.source), s.actor)) continue;
        pairs.push({ gold: s, edge: e, score: closeness(e.span, s.span) });
      }
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const byGold = new Map();
  const usedEdges = new Set();
  for (const pair of pairs) {
    if (byGold.has(pair.gold) || usedEdges.has(pair.edge)) continue;
    byGold.set(pair.gold, pair.edge);
    usedEdges.add(pair.edge);
  }
  return byGold;
}

const share = (n, d) => (d === 0 ? null : n / d);

/** The figures of one article (counts; shares are derived in `summarize`). */
function scoreArticle(index, gold, keyOf) {
  const actors = [...index.nodes.values()].filter((n) => n.kind === 'actor');
  // an `ifActor` stance (seed only) counts once the graph has such an actor at all
  const required = (s) => !s.ifActor || actors.some((a) => actorMatches(a, s.actor));
  const parley = parleyProposals(index, gold.article);
  const assigned = assignProposals(parley, gold.proposals, keyOf);
  const matchedStances = matchStances(index, gold.proposals, assigned);
  const goldStances = gold.proposals.flatMap((g) => g.stances.filter(required).map((s) => ({ g, s })));
  const found = gold.proposals.filter((g) => assigned.some((a) => a.gold === g));
  const matched = assigned.filter((a) => a.gold);
  const reported = goldStances.filter(({ s }) => s.reportedBy && matchedStances.has(s));
  const stanceEdges = parley.flatMap((p) => p.stances);
  return {
    article: gold.article,
    counts: {
      goldProposals: gold.proposals.length,
      found: found.length,
      goldStances: goldStances.length,
      rightStance: goldStances.filter(({ s }) => matchedStances.has(s)).length,
      parleyProposals: parley.length,
      matched: matched.length,
      labelOk: matched.filter((a) => a.labelOk).length,
      categoryOk: matched.filter((a) => a.parley.category === a.gold.category).length,
      spurious: assigned.filter((a) => !a.gold).length,
      duplicates: matched.length - found.length,
      parleyStances: stanceEdges.length,
      stancesMatched: [...matchedStances.values()].length,
      reportedByGold: reported.length,
      reportedByRight: reported.filter(({ s }) =>
        reportersOf(index, matchedStances.get(s)).some((a) => actorMatches(a, s.reportedBy)),
      ).length,
    },
    details: { assigned, matchedStances, goldStances, index, gold },
  };
}

/** Shares from pooled counts. */
function summarize(counts) {
  return {
    found: share(counts.found, counts.goldProposals),
    rightStance: share(counts.rightStance, counts.goldStances),
    labelPrecision: share(counts.labelOk, counts.matched),
    spurious: share(counts.spurious, counts.parleyProposals),
    categoryAgreement: share(counts.categoryOk, counts.matched),
    stancePrecision: share(counts.stancesMatched, counts.parleyStances),
    reportedBy: share(counts.reportedByRight, counts.reportedByGold),
  };
}

/**
 * Scores a Parley graph (graph.json, parsed) against gold articles: per article and overall (counts
 * pooled over articles), each with counts and shares. `keyOf` canonicalizes labels for fixtures
 * without accept patterns (the seed): pass `proposalKey` from @parley/core.
 * @example scoreGraph(loadGold('fit'), JSON.parse(readFileSync('graph.json', 'utf8')), proposalKey).overall.shares.found
 */
export function scoreGraph(golds, graph, keyOf = (label) => label.toLowerCase()) {
  const index = indexGraph(graph);
  const articles = golds.map((g) => scoreArticle(index, g, keyOf));
  const total = {};
  for (const a of articles) for (const [k, v] of Object.entries(a.counts)) total[k] = (total[k] ?? 0) + v;
  return {
    articles: articles.map((a) => ({ ...a, shares: summarize(a.counts) })),
    overall: { counts: total, shares: summarize(total) },
  };
}

const quote = (text, [start, end]) =>
  JSON.stringify(text.slice(start, end).replace(/\s+/g, ' ').slice(0, 120));

/** Human-readable reasons behind one article's figures: misses, wrong labels, spurious proposals. */
export function explainArticle(scored) {
  const { assigned, matchedStances, goldStances, index, gold } = scored.details;
  const lines = [];
  for (const g of gold.proposals) {
    const mine = assigned.filter((a) => a.gold === g);
    if (mine.length === 0) {
      const at = g.mentions[0] ?? g.stances[0]?.span;
      lines.push(`  missed proposal "${g.label}"${at ? ` ${quote(gold.text, at)}` : ''}`);
    }
    for (const a of mine) {
      if (!a.labelOk) lines.push(`  label "${a.parley.label}" not accepted for "${g.label}"`);
    }
    if (mine.length > 1)
      lines.push(
        `  "${g.label}" is ${mine.length} Parley proposals: ${mine.map((a) => `"${a.parley.label}"`).join(', ')}`,
      );
  }
  for (const { g, s } of goldStances) {
    if (matchedStances.has(s)) continue;
    lines.push(`  missed stance: ${s.actor.source} ${s.stance} "${g.label}" ${quote(gold.text, s.span)}`);
  }
  for (const a of assigned.filter((x) => !x.gold)) {
    const at = a.parley.spans[0];
    lines.push(`  spurious "${a.parley.label}"${at ? ` ${quote(gold.text, at)}` : ''}`);
  }
  for (const a of assigned.filter((x) => x.gold)) {
    for (const e of a.parley.stances) {
      if ([...matchedStances.values()].includes(e)) continue;
      const who = index.nodes.get(e.source)?.label ?? e.source;
      lines.push(
        `  unmatched stance edge: ${who} ${e.type} "${a.parley.label}"${e.span ? ` ${quote(gold.text, e.span)}` : ''}`,
      );
    }
  }
  return lines;
}
