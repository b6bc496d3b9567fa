import {
  type ActorNode,
  type ArticleNode,
  actorLookupKeys,
  dateOrder,
  type NodeAttributes,
  nameKey,
  type StatementNode,
  terms,
} from '@parley/core';
import { ftsTable } from './schema.js';
import { type Column, insertRows, placeholders, type Sql } from './sql.js';

/** A node or edge as graphology serialises it. */
export interface NodeJson {
  key: string;
  attributes?: NodeAttributes;
}
export interface EdgeJson {
  key: string;
  source: string;
  target: string;
  attributes?: { type: string } & Record<string, unknown>;
}

/** The JSON kept for attributes: verbatim, or `null` when the element had none. */
const json = (attributes: unknown) => JSON.stringify(attributes ?? null);

/** A date as a sortable number, NULL when undated ({@link dateOrder}'s Infinity). */
const dateNumber = (date: string | undefined) => {
  const t = dateOrder(date);
  return Number.isFinite(t) ? t : null;
};

/** Every folded name an actor answers to exactly (label and aliases), for name filters. */
const aliasKeys = (a: ActorNode) => [...new Set([a.label, ...a.aliases].map(nameKey))];

/**
 * Writes new nodes (in graph order, numbered from `seq`) and edges (from `edgeSeq`) of one graph
 * into their tables, with their actors' lookup keys and aliases and their statements' text index.
 * `dates` gives the date of an article id for the statements (their article's).
 */
export async function insertElements(
  tx: Sql,
  graph: number,
  seq: { nodes: number; edges: number },
  nodes: readonly NodeJson[],
  edges: readonly EdgeJson[],
  dates: (article: string) => string | undefined,
): Promise<void> {
  const rows: Record<string, unknown[][]> = { article: [], actor: [], statement: [], proposal: [] };
  const statementTerms: string[] = [];
  nodes.forEach((n, i) => {
    const a = n.attributes as NodeAttributes;
    const s = seq.nodes + i;
    if (a.kind === 'article') {
      const article = a as ArticleNode;
      rows.article?.push([graph, n.key, s, article.id, article.sha256, dateNumber(article.date), json(a)]);
    } else if (a.kind === 'actor') rows.actor?.push([graph, n.key, s, a.label, a.type, a.mentions, json(a)]);
    else if (a.kind === 'proposal') rows.proposal?.push([graph, n.key, s, a.label, json(a)]);
    else {
      const st = a as StatementNode;
      rows.statement?.push([
        graph,
        n.key,
        s,
        st.article,
        dateNumber(dates(st.article)),
        st.cue,
        st.mode,
        st.text,
        json(a),
      ]);
      statementTerms.push(terms(st.text).join(' '));
    }
  });
  await insertRows(tx, 'articles', cols('graph key seq id sha256 date_ms attrs'), rows.article ?? []);
  await insertRows(tx, 'actors', cols('graph key seq label type mentions attrs'), rows.actor ?? []);
  await insertRows(tx, 'proposals', cols('graph key seq label attrs'), rows.proposal ?? []);
  await insertStatements(tx, graph, rows.statement ?? [], statementTerms);
  const actors = nodes.filter((n) => n.attributes?.kind === 'actor');
  await indexActors(tx, graph, actors as { key: string; attributes: ActorNode }[]);
  await insertRows(
    tx,
    'edges',
    cols('graph key seq source target type attrs'),
    edges.map((e, i) => [
      graph,
      e.key,
      seq.edges + i,
      e.source,
      e.target,
      e.attributes?.type ?? '',
      json(e.attributes),
    ]),
  );
}

/** Columns from a space-separated list. */
const cols = (names: string): Column[] => names.split(' ').map((name) => ({ name }));

const STATEMENT_COLUMNS = 'graph key seq article date_ms cue mode text attrs';

/**
 * Statement rows with their search terms: on PostgreSQL a `tsvector` column; on SQLite the graph's
 * FTS5 table, its rowids the statements' ids (assigned here: the writer holds the database).
 */
async function insertStatements(tx: Sql, graph: number, rows: unknown[][], words: string[]): Promise<void> {
  if (rows.length === 0) return;
  if (tx.engine === 'postgres') {
    const columns = [...cols(STATEMENT_COLUMNS), { name: 'tsv', value: "to_tsvector('simple', ?)" }];
    await insertRows(
      tx,
      'statements',
      columns,
      rows.map((r, i) => [...r, words[i]]),
    );
    return;
  }
  const [{ last }] = (await tx.all<{ last: number | null }>('SELECT max(id) AS last FROM statements')) as [
    { last: number | null },
  ];
  const first = (last ?? 0) + 1;
  await insertRows(
    tx,
    'statements',
    [{ name: 'id' }, ...cols(STATEMENT_COLUMNS)],
    rows.map((r, i) => [first + i, ...r]),
  );
  await insertRows(
    tx,
    ftsTable(graph),
    cols('rowid terms'),
    words.map((w, i) => [first + i, w]),
  );
}

/** (Re)writes the lookup keys and aliases of actors (those of earlier versions of them are removed). */
export async function indexActors(
  tx: Sql,
  graph: number,
  actors: readonly { key: string; attributes: ActorNode }[],
  replace = false,
): Promise<void> {
  if (actors.length === 0) return;
  if (replace) {
    const keys = actors.map((a) => a.key);
    await tx.run(`DELETE FROM actor_keys WHERE graph = ? AND actor IN ${placeholders(keys)}`, [
      graph,
      ...keys,
    ]);
    await tx.run(`DELETE FROM actor_aliases WHERE graph = ? AND actor IN ${placeholders(keys)}`, [
      graph,
      ...keys,
    ]);
  }
  const lookups = actors.flatMap(({ key, attributes: a }) =>
    actorLookupKeys(a.type, a.label, a.aliases).map((lookup) => [graph, lookup, key]),
  );
  await insertRows(tx, 'actor_keys', cols('graph lookup actor'), lookups);
  const aliases = actors.flatMap(({ key, attributes: a }) =>
    aliasKeys(a).map((alias) => [graph, alias, key]),
  );
  await insertRows(tx, 'actor_aliases', cols('graph alias actor'), aliases);
}
