import { MultiDirectedGraph } from 'graphology';
import type { StatementDraft } from '../attribution/types.js';
import { CONTRACT_VERSION } from '../contract/schema.js';
import type { EdgeAttributes, ProposalNode, Span } from '../contract/types.js';
import type { Extraction } from '../extract/types.js';
import { proposalKey } from '../proposals/key.js';
import type { ProposalDraft } from '../proposals/types.js';
import { ActorIndex } from './actors.js';
import { articleKey, statementKey } from './keys.js';
import { applyLayout } from './layout.js';
import type { BuildOptions, ParleyGraph } from './types.js';

/** Adds an edge with a stable key derived from its ends and type. */
function link(graph: ParleyGraph, source: string, target: string, attributes: EdgeAttributes): string {
  const base = `${attributes.type}:${source}->${target}`;
  let key = base;
  for (let n = 2; graph.hasEdge(key); n++) key = `${base}#${n}`;
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

const shortLabel = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}...` : text);

function addStatement(
  graph: ParleyGraph,
  article: string,
  n: number,
  s: StatementDraft,
  actorKey: (id: string) => string,
): string {
  const key = statementKey(article, n);
  graph.addNode(key, {
    kind: 'statement',
    label: shortLabel(s.text),
    article,
    span: s.span,
    cueSpan: s.cueSpan,
    speakerSpan: s.speakerSpan,
    ...(s.fragments ? { fragments: s.fragments } : {}),
    text: s.text,
    cue: s.cue,
    mode: s.mode,
    sentence: s.sentence,
    ...(s.confidence === undefined ? {} : { confidence: Math.round(s.confidence * 1000) / 1000 }),
  });
  link(graph, articleKey(article), key, { type: 'contains', article, span: s.span });
  const edge = (span: Span | null) => ({ article, ...(span ? { span } : {}) });
  for (const id of s.speakers) link(graph, actorKey(id), key, { type: 'said', ...edge(s.speakerSpan) });
  for (const id of s.reportedBy) link(graph, key, actorKey(id), { type: 'reported_by', ...edge(null) });
  for (const id of s.addressedTo) {
    link(graph, key, actorKey(id), { type: 'addressed_to', ...edge(s.addresseeSpan ?? null) });
  }
  for (const id of new Set(s.mentions)) link(graph, key, actorKey(id), { type: 'mentions', ...edge(s.span) });
  return key;
}

function addProposal(
  graph: ParleyGraph,
  article: string,
  p: ProposalDraft,
  actorKey: (id: string) => string,
  statementKeys: string[],
): void {
  const key = proposalKey(p.label);
  if (!graph.hasNode(key)) {
    const node: ProposalNode = {
      kind: 'proposal',
      label: p.label,
      text: p.text,
      category: p.category,
      article,
      span: p.span,
    };
    graph.addNode(key, node);
  }
  link(graph, articleKey(article), key, { type: 'contains', article, span: p.span });
  for (const st of p.stances) {
    const evidence = st.statement === null ? undefined : statementKeys[st.statement];
    link(graph, actorKey(st.actor), key, {
      type: st.stance,
      article,
      span: st.span,
      ...(evidence ? { statement: evidence } : {}),
    });
  }
  for (const i of new Set(p.statements)) {
    const s = statementKeys[i];
    if (s) link(graph, s, key, { type: 'about', article });
  }
}

function addExtraction(graph: ParleyGraph, actors: ActorIndex, x: Extraction): void {
  const article = x.article.id;
  if (graph.hasNode(articleKey(article))) throw new Error(`duplicate article id "${article}"`);
  const { id, label, date, publisher, url, chars, sha256 } = x.article;
  graph.addNode(articleKey(article), {
    kind: 'article',
    id,
    label,
    chars,
    sha256,
    ...(date ? { date } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
  });
  const local = new Map(x.actors.map((a) => [a.id, actors.upsert(a)]));
  const actorKey = (localId: string) => {
    const key = local.get(localId);
    if (!key) throw new Error(`article "${article}" refers to unknown actor "${localId}"`);
    return key;
  };
  for (const a of x.actors) {
    for (const target of a.affiliations) {
      const [s, t] = [actorKey(a.id), actorKey(target)];
      if (s !== t && !graph.hasEdge(`affiliated_with:${s}->${t}`))
        link(graph, s, t, { type: 'affiliated_with', article });
    }
  }
  const statementKeys = x.statements.map((s, n) => addStatement(graph, article, n, s, actorKey));
  for (const p of x.proposals) addProposal(graph, article, p, actorKey, statementKeys);
}

/**
 * Merges more article extractions into an existing graph (same merging rules as `buildGraph`).
 * @throws Error when an article id is already in the graph
 * @example addToGraph(graph, [extractArticle(text, { id: 'new-article' })]);
 */
export function addToGraph(graph: ParleyGraph, extractions: Iterable<Extraction>): void {
  const actors = new ActorIndex(graph);
  for (const x of extractions) addExtraction(graph, actors, x);
}

/**
 * Assembles one graph from many article extractions, merging the same actor or proposal across articles.
 * @example
 * const graph = buildGraph([extractArticle(text, { id: 'a' })], { name: 'demo', layout: true });
 * graph.export(); // the graph contract
 */
export function buildGraph(extractions: Iterable<Extraction>, options: BuildOptions = {}): ParleyGraph {
  const graph: ParleyGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    ...(options.name ? { name: options.name } : {}),
    contractVersion: CONTRACT_VERSION,
    builtAt: new Date().toISOString(),
  });
  addToGraph(graph, extractions);
  if (options.layout) applyLayout(graph);
  return graph;
}
