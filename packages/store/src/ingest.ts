import {
  type ActorNode,
  addToGraph,
  articleKey,
  draftLookupKeys,
  type Extraction,
  graphFromTrustedJson,
  type ParleyGraph,
  proposalKey,
  StanceSchema,
  slugify,
} from '@parley/core';
import { type EdgeJson, indexActors, insertElements, type NodeJson } from './rows.js';
import { placeholders, type Sql } from './sql.js';
import { DuplicateArticleError, type IngestResult } from './types.js';

/** The counters of a graph row: the next node and edge numbers in graph order. */
export interface GraphRow {
  id: number;
  next_seq: number;
  edge_seq: number;
}

interface Loaded {
  nodes: (NodeJson & { seq: number })[];
  edges: (EdgeJson & { seq: number })[];
}

const parse = <T>(rows: { attrs: string }[]) =>
  rows.map(({ attrs, ...r }) => ({ ...r, attributes: JSON.parse(attrs) }) as T);

/** Refuses an article the graph already holds, by id or by text. */
async function refuseDuplicate(tx: Sql, graph: number, x: Extraction): Promise<void> {
  const key = articleKey(x.article.id);
  const rows = await tx.all<{ key: string }>(
    'SELECT key FROM articles WHERE graph = ? AND (key = ? OR sha256 = ?)',
    [graph, key, x.article.sha256],
  );
  const found = rows[0]?.key;
  if (found === undefined) return;
  const why =
    found === key ? `the graph has an article "${x.article.id}"` : `its text is the article ${found}'s`;
  throw new DuplicateArticleError(`article "${x.article.id}" not added: ${why}`, found);
}

/** Actor keys that may clash with the keys new actors get (`actor:<slug>`, `actor:<slug>-<n>`). */
async function slugNeighbours(tx: Sql, graph: number, x: Extraction): Promise<string[]> {
  const found: string[] = [];
  for (const base of new Set(x.actors.map((a) => `actor:${slugify(a.label)}`))) {
    const rows = await tx.all<{ key: string }>(
      'SELECT key FROM actors WHERE graph = ? AND (key = ? OR (key > ? AND key < ?))',
      [graph, base, `${base}-`, `${base}.`],
    );
    found.push(...rows.map((r) => r.key));
  }
  return found;
}

/**
 * The part of the stored graph an article can touch: the actors sharing a lookup key with its
 * drafts (or a slug with a new one), the proposals of its labels, and the stance and affiliation
 * edges among them (their keys may be numbered on). Nothing else can change the merge.
 */
async function loadNeighbourhood(tx: Sql, graph: number, x: Extraction): Promise<Loaded> {
  const lookups = [...new Set(x.actors.flatMap(draftLookupKeys))];
  const keyed = lookups.length
    ? await tx.all<{ actor: string }>(
        `SELECT DISTINCT actor FROM actor_keys WHERE graph = ? AND lookup IN ${placeholders(lookups)}`,
        [graph, ...lookups],
      )
    : [];
  const actorKeys = [...new Set([...keyed.map((r) => r.actor), ...(await slugNeighbours(tx, graph, x))])];
  const proposalKeys = [...new Set(x.proposals.map((p) => proposalKey(p.label)))];
  const select = (table: string, keys: string[]) =>
    keys.length
      ? tx.all<{ key: string; seq: number; attrs: string }>(
          `SELECT key, seq, attrs FROM ${table} WHERE graph = ? AND key IN ${placeholders(keys)}`,
          [graph, ...keys],
        )
      : Promise.resolve([]);
  const nodes = parse<NodeJson & { seq: number }>([
    ...(await select('actors', actorKeys)),
    ...(await select('proposals', proposalKeys)),
  ]);
  const targets = [...actorKeys, ...proposalKeys];
  const types = ['affiliated_with', ...StanceSchema.options];
  const edges = actorKeys.length
    ? parse<EdgeJson & { seq: number }>(
        await tx.all<{ key: string; seq: number; source: string; target: string; attrs: string }>(
          `SELECT key, seq, source, target, attrs FROM edges WHERE graph = ? AND source IN ${placeholders(actorKeys)}
           AND type IN ${placeholders(types)} AND target IN ${placeholders(targets)}`,
          [graph, ...actorKeys, ...types, ...targets],
        ),
      )
    : [];
  const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;
  return { nodes: nodes.sort(bySeq), edges: edges.sort(bySeq) };
}

/** The loaded part as a graph, nodes and edges in graph order, as the core merges into. */
function scratchGraph(loaded: Loaded): ParleyGraph {
  return graphFromTrustedJson({
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: loaded.nodes.map(({ key, attributes }) => ({ key, attributes })),
    edges: loaded.edges.map(({ key, source, target, attributes }) => ({ key, source, target, attributes })),
  });
}

/**
 * Stores one extraction in a graph inside the caller's transaction: loads the neighbourhood the
 * article can merge into, lets the core's own `addToGraph` merge it there, and writes what
 * changed (new nodes and edges appended in graph order, merged actors updated and re-keyed).
 */
export async function ingestExtraction(
  tx: Sql,
  graph: GraphRow,
  x: Extraction,
  text?: string,
): Promise<IngestResult> {
  await refuseDuplicate(tx, graph.id, x);
  const loaded = await loadNeighbourhood(tx, graph.id, x);
  const before = new Map(loaded.nodes.map((n) => [n.key, JSON.stringify(n.attributes)]));
  const knownEdges = new Set(loaded.edges.map((e) => e.key));
  const scratch = scratchGraph(loaded);
  addToGraph(scratch, [x]);
  const added: NodeJson[] = [];
  const changed: { key: string; attributes: ActorNode }[] = [];
  scratch.forEachNode((key, attributes) => {
    const was = before.get(key);
    if (was === undefined) added.push({ key, attributes });
    else if (was !== JSON.stringify(attributes)) changed.push({ key, attributes: attributes as ActorNode });
  });
  const edges: EdgeJson[] = [];
  scratch.forEachEdge((key, attributes, source, target) => {
    if (!knownEdges.has(key)) edges.push({ key, source, target, attributes });
  });
  const seq = { nodes: graph.next_seq, edges: graph.edge_seq };
  await insertElements(tx, graph.id, seq, added, edges, () => x.article.date);
  for (const { key, attributes: a } of changed) {
    await tx.run('UPDATE actors SET label = ?, mentions = ?, attrs = ? WHERE graph = ? AND key = ?', [
      a.label,
      a.mentions,
      JSON.stringify(a),
      graph.id,
      key,
    ]);
  }
  await indexActors(tx, graph.id, changed, true);
  if (text !== undefined)
    await tx.run('UPDATE articles SET text = ? WHERE graph = ? AND key = ?', [
      text,
      graph.id,
      articleKey(x.article.id),
    ]);
  await tx.run('UPDATE graphs SET next_seq = ?, edge_seq = ? WHERE id = ?', [
    seq.nodes + added.length,
    seq.edges + edges.length,
    graph.id,
  ]);
  return {
    article: articleKey(x.article.id),
    actorsCreated: added.filter((n) => n.attributes?.kind === 'actor').length,
    actorsMerged: changed.length,
    nodes: added.length,
    edges: edges.length,
  };
}
