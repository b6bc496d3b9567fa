// Generates realistic, deterministic Parley graphs (graph contract v1) of any size, for benchmarks
// and load tests. No article text is read: names, cues and sentences are drawn from small word lists.
//
//   import { syntheticGraph } from './lib/synthetic-graph.mjs';
//   syntheticGraph({ articles: 10_000 })              // shaped like a real corpus: ~22 nodes per article
//   syntheticGraph({ nodes: 100_000, edges: 300_000 }) // exactly that many nodes and edges
//
// Both return `{ attributes, options: { type: 'directed', multi: true }, nodes, edges }`, valid
// against `parseGraph` from @parley/core, with x/y on every node. The same options and seed always
// give the same graph. Needs core's build (`pnpm --filter @parley/core build`): the contract's
// enums and the seeded generator come from it, so the synthetic graph cannot drift from the real one.

import { ProposalCategorySchema, StatementModeSchema } from '../../../packages/core/dist/contract/index.js';
import { discPoint, seededRandom, seedRadius } from '../../../packages/core/dist/layout.js';

const FIRST = [
  'Anna',
  'Boris',
  'Carlos',
  'Dmitry',
  'Emmanuel',
  'Friedrich',
  'Giorgia',
  'Hakan',
  'Ingrid',
  'Jens',
  'Keir',
  'Lena',
  'Marco',
  'Nadia',
  'Olaf',
  'Pedro',
  'Recep',
  'Sergey',
  'Tayyip',
  'Ursula',
  'Volodymyr',
  'Wang',
  'Xavier',
  'Yulia',
  'Zoë',
  'José',
  'Søren',
  'Małgorzata',
  'Ahmed',
  'Mei',
];
const LAST = [
  'Albrecht',
  'Borisov',
  'Costa',
  'Dubois',
  'Erdoğan',
  'Fischer',
  'García',
  'Hansen',
  'Ivanova',
  'Johnson',
  'Kowalski',
  'Lavrov',
  'Macron',
  'Nowak',
  'Orbán',
  'Peskov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tusk',
  'Umarov',
  'Vance',
  'Witkoff',
  'Xu',
  'Yermak',
  'Zelenskyy',
  "O'Brien",
  'Müller',
];
const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defense Secretary',
  'Press Secretary',
  'Spokesperson',
  'Senator',
  'Ambassador',
  'General',
  'Chancellor',
];
const COUNTRIES = [
  'Ukraine',
  'Russia',
  'United States',
  'France',
  'Germany',
  'United Kingdom',
  'Poland',
  'Turkey',
  'China',
  'Italy',
  'Finland',
  'Hungary',
  'Saudi Arabia',
  'Switzerland',
  'Japan',
];
const ORGS = [
  'NATO',
  'European Union',
  'United Nations',
  'Kremlin',
  'White House',
  'Pentagon',
  'State Department',
  'IAEA',
  'Red Cross',
  'World Bank',
  'AT&T',
  'Procter & Gamble',
];
const MEDIA = [
  'Reuters',
  'AFP',
  'The Associated Press',
  'BBC',
  'CNN',
  'Fox News',
  'The Hill',
  'Politico',
  'Le Monde',
  'Der Spiegel',
  'Al Jazeera',
  'Breitbart',
];
const GROUPS = ['officials', 'diplomats', 'lawmakers', 'protesters', 'analysts', 'negotiators'];
const CUES = [
  'say',
  'tell',
  'announce',
  'warn',
  'claim',
  'insist',
  'deny',
  'add',
  'rule out',
  'argue',
  'note',
];
const MODES = StatementModeSchema.options;
const CATEGORIES = ProposalCategorySchema.options;
const SUBJECTS = [
  'the talks',
  'a ceasefire',
  'security guarantees',
  'the sanctions',
  'the aid package',
  'the summit',
  'a peacekeeping force',
  'the negotiations',
  'the “coalition of the willing”',
  'the prisoner exchange',
  'the energy deal',
  'NATO membership',
];
const PREDICATES = [
  'would not happen before the end of the year',
  'must include every party',
  'is the only way forward',
  'was discussed at length on Tuesday',
  'remains off the table',
  'could start as early as next week',
  'depends on guarantees from Washington & Brussels',
  'will be decided "step by step"',
  'had been agreed in principle',
  'is a red line for Moscow',
];
const PROPOSALS = [
  'a meeting in',
  'a summit in',
  'a ceasefire along the front in',
  'troops deployed to',
  'sanctions relief for',
  'security guarantees for',
  'a reconstruction fund for',
  'talks hosted by',
];

/** A small toolbox around one seeded generator. */
function dice(seed) {
  const random = seededRandom(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  // Skewed towards the start of a range, so a few actors are hubs as in real news.
  const skewed = (n) => Math.floor(n * random() ** 2.5);
  const hex = (len) => {
    let s = '';
    for (let i = 0; i < len; i++) s += '0123456789abcdef'[int(16)];
    return s;
  };
  return { random, int, pick, skewed, hex };
}

const slug = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const short = (text) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}...` : text);

/** One actor node's attributes; names repeat, so slugs get a number to stay unique. */
function makeActor(d, i) {
  const roll = d.random();
  let label;
  let type;
  let title;
  if (roll < 0.55) {
    label = `${d.pick(FIRST)} ${d.pick(LAST)}`;
    type = 'person';
    if (d.random() < 0.6) title = d.pick(TITLES);
  } else if (roll < 0.7) {
    label = d.pick(COUNTRIES);
    type = 'country';
  } else if (roll < 0.83) {
    label = d.pick(ORGS);
    type = 'organization';
  } else if (roll < 0.93) {
    label = d.pick(MEDIA);
    type = 'media';
  } else if (roll < 0.98) {
    label = `${d.pick(COUNTRIES)} ${d.pick(GROUPS)}`;
    type = 'group';
  } else {
    label = 'a senior official who spoke on condition of anonymity';
    type = 'anonymous';
  }
  const surname = label.split(' ').at(-1);
  const aliases = type === 'person' ? [label, surname, ...(title ? [`${title} ${label}`] : [])] : [label];
  const attributes = { kind: 'actor', label, aliases, type, mentions: 1 + d.skewed(40) };
  if (title) attributes.title = title;
  return { key: `actor:${slug(label)}-${i}`, attributes };
}

function makeArticle(d, i) {
  const id = `${String(i).padStart(5, '0')}_${d.hex(16)}`;
  const label = `${d.pick(FIRST)} ${d.pick(LAST)}: ${d.pick(SUBJECTS)} ${d.pick(PREDICATES)}`;
  const attributes = {
    kind: 'article',
    label: short(label),
    id,
    chars: 1500 + d.int(8000),
    sha256: d.hex(64),
  };
  if (d.random() < 0.8)
    attributes.date = `2025-${String(1 + d.int(12)).padStart(2, '0')}-${String(1 + d.int(28)).padStart(2, '0')}`;
  if (d.random() < 0.7) attributes.publisher = d.pick(MEDIA);
  return { key: `article:${id}`, attributes };
}

function makeStatement(d, articleId, n) {
  const text = `${d.pick(SUBJECTS)} ${d.pick(PREDICATES)}, and ${d.pick(SUBJECTS)} ${d.pick(PREDICATES)}`;
  const start = 200 + n * 300 + d.int(100);
  const cueStart = start + text.length + 2;
  const cue = d.pick(CUES);
  const implicit = d.random() < 0.1;
  return {
    key: `statement:${articleId}:${n}`,
    attributes: {
      kind: 'statement',
      label: short(text),
      article: articleId,
      span: [start, start + text.length],
      cueSpan: [cueStart, cueStart + cue.length + 1],
      speakerSpan: implicit ? null : [cueStart + cue.length + 2, cueStart + cue.length + 14],
      text,
      cue,
      mode: d.pick(MODES),
      sentence: 2 + n * 2,
    },
  };
}

function makeProposal(d, articleId, i) {
  const label = `${d.pick(PROPOSALS)} ${d.pick(COUNTRIES)}`;
  const start = 100 + d.int(4000);
  const text = `Officials floated ${label} ${d.pick(PREDICATES)}.`;
  return {
    key: `proposal:${slug(label)}-${i}`,
    attributes: {
      kind: 'proposal',
      label,
      text,
      category: d.pick(CATEGORIES),
      article: articleId,
      span: [start, start + text.length],
    },
  };
}

/** Places nodes on a disc sized to the graph; statements and proposals near their article. */
function placeNodes(d, nodes) {
  const radius = seedRadius(nodes.length);
  const centres = new Map();
  for (const node of nodes) {
    const a = node.attributes;
    const centre = a.kind === 'statement' || a.kind === 'proposal' ? centres.get(a.article) : undefined;
    if (centre) {
      a.x = centre[0] + (d.random() - 0.5) * 20;
      a.y = centre[1] + (d.random() - 0.5) * 20;
      continue;
    }
    Object.assign(a, discPoint(d.random, radius));
    if (a.kind === 'article') centres.set(a.id, [a.x, a.y]);
  }
}

/** Collects edges with the stable keys core's build uses (`type:source->target`, `#n` on repeats). */
function edgeList() {
  const edges = [];
  const seen = new Set();
  const add = (source, target, attributes) => {
    const base = `${attributes.type}:${source}->${target}`;
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}#${n}`;
    seen.add(key);
    edges.push({ key, source, target, attributes });
  };
  return { edges, add };
}

function wrap(name, nodes, edges) {
  return {
    attributes: { name, contractVersion: 1, builtAt: '2026-01-01T00:00:00.000Z' },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

/** A corpus-shaped graph: articles with their statements, proposals and a skewed pool of actors. */
function corpusGraph({ articles, actorsPerArticle, statementsPerArticle, seed }) {
  const d = dice(seed);
  const poolSize = Math.max(actorsPerArticle * 2, Math.ceil((articles * actorsPerArticle) / 3));
  const actors = Array.from({ length: poolSize }, (_, i) => makeActor(d, i));
  const nodes = [...actors];
  const { edges, add } = edgeList();
  let proposals = 0;
  for (let i = 0; i < articles; i++) {
    const article = makeArticle(d, i);
    const id = article.attributes.id;
    nodes.push(article);
    const cast = Array.from({ length: actorsPerArticle }, () => actors[d.skewed(poolSize)].key);
    const outlet = actors[d.skewed(poolSize)].key;
    const said = [];
    for (let n = 0; n < statementsPerArticle; n++) {
      const st = makeStatement(d, id, n);
      nodes.push(st);
      const a = st.attributes;
      add(article.key, st.key, { type: 'contains', article: id, span: a.span });
      const speaker = d.pick(cast);
      said.push([speaker, st.key, a.span]);
      add(speaker, st.key, { type: 'said', article: id, ...(a.speakerSpan ? { span: a.speakerSpan } : {}) });
      if (d.random() < 0.3) add(st.key, outlet, { type: 'reported_by', article: id });
      if (d.random() < 0.15) add(st.key, d.pick(cast), { type: 'addressed_to', article: id });
      for (let m = d.int(3); m > 0; m--)
        add(st.key, d.pick(cast), { type: 'mentions', article: id, span: a.span });
    }
    for (let p = d.int(3); p > 0; p--) {
      const proposal = makeProposal(d, id, proposals++);
      nodes.push(proposal);
      add(article.key, proposal.key, { type: 'contains', article: id, span: proposal.attributes.span });
      const [speaker, statement, span] = d.pick(said) ?? [d.pick(cast), undefined, proposal.attributes.span];
      const stance = d.random() < 0.6 ? 'proposes' : d.random() < 0.5 ? 'supports' : 'rejects';
      add(speaker, proposal.key, { type: stance, article: id, span, ...(statement ? { statement } : {}) });
      if (statement) add(statement, proposal.key, { type: 'about', article: id });
    }
    const [member, body] = [d.pick(cast), d.pick(cast)];
    if (member !== body && d.random() < 0.2) add(member, body, { type: 'affiliated_with', article: id });
  }
  placeNodes(d, nodes);
  return wrap(`synthetic-${articles}-articles`, nodes, edges);
}

/** Node kinds in the proportions of a real corpus, adding up to exactly `total`. */
function kindCounts(total) {
  const articles = Math.max(1, Math.round(total * 0.06));
  const actors = Math.max(1, Math.round(total * 0.3));
  const proposals = Math.round(total * 0.06);
  const statements = Math.max(0, total - articles - actors - proposals);
  return { articles, actors, proposals, statements };
}

/** Exactly `nodes` nodes and `edges` edges, of the same shape as `corpusGraph`. */
function sizedGraph({ nodes: total, edges: edgeTotal, seed }) {
  const d = dice(seed);
  const counts = kindCounts(total);
  const articles = Array.from({ length: counts.articles }, (_, i) => makeArticle(d, i));
  const actors = Array.from({ length: counts.actors }, (_, i) => makeActor(d, i));
  const statements = [];
  const perArticle = new Map();
  for (let i = 0; i < counts.statements; i++) {
    const article = articles[i % articles.length].attributes.id;
    const n = perArticle.get(article) ?? 0;
    perArticle.set(article, n + 1);
    statements.push(makeStatement(d, article, n));
  }
  const proposals = Array.from({ length: counts.proposals }, (_, i) =>
    makeProposal(d, d.pick(articles).attributes.id, i),
  );
  const nodes = [...articles, ...actors, ...statements, ...proposals].slice(0, total);
  const { edges, add } = edgeList();
  const actor = () => actors[d.skewed(actors.length)].key;
  // The `contains` edge from a statement's or proposal's article to it.
  const contain = ({ key, attributes: a }) =>
    add(`article:${a.article}`, key, { type: 'contains', article: a.article, span: a.span });
  // Provenance and speakers first (every statement has them in real graphs), then the rest at random.
  for (const st of statements) {
    if (edges.length >= edgeTotal) break;
    contain(st);
    if (edges.length < edgeTotal) add(actor(), st.key, { type: 'said', article: st.attributes.article });
  }
  for (const p of proposals) {
    if (edges.length >= edgeTotal) break;
    contain(p);
  }
  while (edges.length < edgeTotal) {
    const roll = d.random();
    if (statements.length > 0 && (roll < 0.8 || proposals.length === 0)) {
      const st = d.pick(statements);
      const a = st.attributes;
      const type = roll < 0.5 ? 'mentions' : roll < 0.7 ? 'reported_by' : 'addressed_to';
      add(st.key, actor(), { type, article: a.article, ...(type === 'mentions' ? { span: a.span } : {}) });
    } else if (proposals.length > 0) {
      const p = d.pick(proposals);
      const type = d.pick(['proposes', 'supports', 'rejects']);
      add(actor(), p.key, { type, article: p.attributes.article, span: p.attributes.span });
    } else {
      const i = d.skewed(actors.length);
      add(actors[i].key, actors[(i + 1) % actors.length].key, { type: 'affiliated_with' });
    }
  }
  placeNodes(d, nodes);
  return wrap(`synthetic-${total}-nodes-${edgeTotal}-edges`, nodes, edges);
}

/**
 * A deterministic synthetic Parley graph in the graph-contract JSON shape.
 * Give `nodes` (and `edges`, default 3 per node) for an exact size; otherwise the graph is shaped
 * by `articles`, `actorsPerArticle` and `statementsPerArticle`.
 * @param {{ articles?: number, actorsPerArticle?: number, statementsPerArticle?: number, seed?: number, nodes?: number, edges?: number }} [options]
 * @example const graph = graphFromJson(syntheticGraph({ nodes: 100_000, edges: 300_000 }));
 */
export function syntheticGraph({
  articles = 100,
  actorsPerArticle = 5,
  statementsPerArticle = 8,
  seed = 1,
  nodes,
  edges,
} = {}) {
  if (nodes !== undefined) {
    if (!Number.isInteger(nodes) || nodes < 3)
      throw new Error('syntheticGraph: nodes must be an integer >= 3');
    return sizedGraph({ nodes, edges: edges ?? nodes * 3, seed });
  }
  return corpusGraph({
    articles,
    actorsPerArticle: Math.max(1, actorsPerArticle),
    statementsPerArticle,
    seed,
  });
}
