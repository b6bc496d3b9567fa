import { randomUUID } from 'node:crypto';
import {
  type ArticleNode,
  articleKey,
  CONTRACT_VERSION,
  type Extraction,
  type NodeAttributes,
  parseGraph,
  type SerializedParleyGraph,
  sha256Of,
} from '@parley/core';
import { type GraphRow, ingestExtraction } from './ingest.js';
import { PostgresDatabase } from './postgres.js';
import { actorProfile, findStatements, whoSaid } from './queries.js';
import { type EdgeJson, insertElements, type NodeJson } from './rows.js';
import { ftsTable, GRAPH_TABLES, migrate } from './schema.js';
import type { Database, Engine, Sql } from './sql.js';
import { SqliteDatabase } from './sqlite.js';
import {
  type ActorProfileCounts,
  type CorpusStore,
  GraphExistsError,
  type ImportOptions,
  type ImportResult,
  type IngestResult,
  type StatementFilter,
  type StoredStatement,
  type StorePage,
  type WhoSaidAnswer,
  type WhoSaidQuery,
} from './types.js';

/** What a graph row keeps of `graph.json` besides its nodes and edges, in its own key order. */
type Frame = Omit<SerializedParleyGraph, 'nodes' | 'edges'>;

const DIRECTED = { type: 'directed', multi: true, allowSelfLoops: true } as const;

/** A corpus store on either engine: the same SQL, with the engine's full-text search. */
export class SqlCorpusStore implements CorpusStore {
  constructor(private readonly db: Database) {}

  get engine(): Engine {
    return this.db.engine;
  }

  async graphs(): Promise<string[]> {
    const rows = await this.db.all<{ name: string }>('SELECT name FROM graphs ORDER BY name');
    return rows.map((r) => r.name);
  }

  async versions(): Promise<Map<string, string>> {
    const rows = await this.db.all<{ name: string; stamp: string }>(
      'SELECT name, stamp FROM graphs ORDER BY name',
    );
    return new Map(rows.map((r) => [r.name, r.stamp]));
  }

  private async graphRow(sql: Sql, name: string): Promise<GraphRow | undefined> {
    const [row] = await sql.all<GraphRow>('SELECT id, next_seq, edge_seq FROM graphs WHERE name = ?', [name]);
    return row && { id: Number(row.id), next_seq: Number(row.next_seq), edge_seq: Number(row.edge_seq) };
  }

  /** The graph's id for reading; undefined when there is none. */
  private async graphId(name: string): Promise<number | undefined> {
    return (await this.graphRow(this.db, name))?.id;
  }

  private async createGraph(tx: Sql, name: string, frame: Frame): Promise<GraphRow> {
    await tx.run('INSERT INTO graphs (name, frame, stamp) VALUES (?, ?, ?)', [
      name,
      JSON.stringify(frame),
      randomUUID(),
    ]);
    const row = (await this.graphRow(tx, name)) as GraphRow;
    if (tx.engine === 'sqlite')
      await tx.run(`CREATE VIRTUAL TABLE ${ftsTable(row.id)} USING fts5(terms, content='')`);
    return row;
  }

  async importGraph(name: string, data: unknown, options: ImportOptions = {}): Promise<ImportResult> {
    parseGraph(data);
    const graph = data as SerializedParleyGraph;
    const nodes = graph.nodes as NodeJson[];
    const articles = new Map<string, ArticleNode>();
    for (const n of nodes) if (n.attributes?.kind === 'article') articles.set(n.attributes.id, n.attributes);
    const texts = options.texts ?? new Map<string, string>();
    checkTexts(articles, texts);
    const result = await this.db.transaction(`parley:graph:${name}`, async (tx) => {
      const existing = await this.graphRow(tx, name);
      if (existing && !options.replace) throw new GraphExistsError(name);
      if (existing) await dropGraph(tx, existing.id);
      const { nodes: _, edges: __, ...frame } = graph;
      const row = await this.createGraph(tx, name, frame);
      await insertElements(
        tx,
        row.id,
        { nodes: 0, edges: 0 },
        nodes,
        graph.edges as EdgeJson[],
        (a) => articles.get(a)?.date,
      );
      for (const [id, text] of texts)
        await tx.run('UPDATE articles SET text = ? WHERE graph = ? AND key = ?', [
          text,
          row.id,
          articleKey(id),
        ]);
      await tx.run('UPDATE graphs SET next_seq = ?, edge_seq = ? WHERE id = ?', [
        nodes.length,
        graph.edges.length,
        row.id,
      ]);
      const replaced = existing !== undefined;
      return {
        articles: articles.size,
        nodes: nodes.length,
        edges: graph.edges.length,
        texts: texts.size,
        replaced,
      };
    });
    await this.db.analyze();
    return result;
  }

  async articleText(name: string, article: string): Promise<string | undefined> {
    const id = await this.graphId(name);
    if (id === undefined) return undefined;
    const [row] = await this.db.all<{ text: string | null }>(
      'SELECT text FROM articles WHERE graph = ? AND key = ?',
      [id, articleKey(article)],
    );
    return row?.text ?? undefined;
  }

  async exportGraph(name: string): Promise<SerializedParleyGraph | undefined> {
    const [row] = await this.db.all<{ id: number; frame: string }>(
      'SELECT id, frame FROM graphs WHERE name = ?',
      [name],
    );
    if (!row) return undefined;
    const nodeRows = await this.db.all<{ key: string; attrs: string }>(
      ['articles', 'actors', 'statements', 'proposals']
        .map((t) => `SELECT seq, key, attrs FROM ${t} WHERE graph = ?`)
        .join(' UNION ALL ')
        .concat(' ORDER BY seq'),
      [row.id, row.id, row.id, row.id],
    );
    const edgeRows = await this.db.all<{ key: string; source: string; target: string; attrs: string }>(
      'SELECT key, source, target, attrs FROM edges WHERE graph = ? ORDER BY seq',
      [row.id],
    );
    const withAttributes = <T extends { attrs: string }>({ attrs, ...rest }: T) => {
      const attributes = JSON.parse(attrs) as NodeAttributes | null;
      return attributes === null ? rest : { ...rest, attributes };
    };
    return {
      ...JSON.parse(row.frame),
      nodes: nodeRows.map(({ key, attrs }) => withAttributes({ key, attrs })),
      edges: edgeRows.map(withAttributes),
    } as SerializedParleyGraph;
  }

  addExtraction(
    name: string,
    extraction: Extraction,
    options: { text?: string } = {},
  ): Promise<IngestResult> {
    return this.db.transaction(`parley:graph:${name}`, async (tx) => {
      const frame: Frame = {
        options: DIRECTED,
        attributes: { name, contractVersion: CONTRACT_VERSION, builtAt: new Date().toISOString() },
      };
      const row = (await this.graphRow(tx, name)) ?? (await this.createGraph(tx, name, frame));
      const result = await ingestExtraction(tx, row, extraction, options.text);
      await tx.run('UPDATE graphs SET stamp = ? WHERE id = ?', [randomUUID(), row.id]);
      return result;
    });
  }

  async statements(name: string, filter: StatementFilter = {}): Promise<StorePage<StoredStatement>> {
    const id = await this.graphId(name);
    const empty = { total: 0, limit: filter.limit ?? 20, offset: filter.offset ?? 0, items: [] };
    return id === undefined ? empty : findStatements(this.db, id, filter);
  }

  async whoSaid(name: string, query: WhoSaidQuery): Promise<WhoSaidAnswer> {
    const id = await this.graphId(name);
    if (id === undefined) throw new Error(`there is no graph named "${name}"`);
    return whoSaid(this.db, id, query);
  }

  async actorProfile(name: string, actor: string): Promise<ActorProfileCounts | undefined> {
    const id = await this.graphId(name);
    return id === undefined ? undefined : actorProfile(this.db, id, actor);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/**
 * Refuses texts that are for no article of the graph, or that are not the text the article was
 * extracted from (its offsets index into that text): its sha256 must be the article's.
 */
function checkTexts(articles: ReadonlyMap<string, ArticleNode>, texts: ReadonlyMap<string, string>): void {
  for (const [id, text] of texts) {
    const article = articles.get(id);
    if (!article) throw new Error(`a text was given for "${id}", which is no article of the graph`);
    if (article.sha256 && sha256Of(text) !== article.sha256)
      throw new Error(
        `the text given for article "${id}" is not the one it was extracted from (sha256 differs)`,
      );
  }
}

/** Deletes a graph and all its rows (and on SQLite its text index) inside the caller's transaction. */
async function dropGraph(tx: Sql, graph: number): Promise<void> {
  for (const table of GRAPH_TABLES) await tx.run(`DELETE FROM ${table} WHERE graph = ?`, [graph]);
  if (tx.engine === 'sqlite') await tx.run(`DROP TABLE IF EXISTS ${ftsTable(graph)}`);
  await tx.run('DELETE FROM graphs WHERE id = ?', [graph]);
}

/** True for a PostgreSQL connection URL (`postgres://` or `postgresql://`). */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

/**
 * Opens (creating and migrating) a corpus store: PostgreSQL for a `postgres://` URL, else the
 * embedded SQLite file at that path (`:memory:` for one that lives as long as the process).
 * @example const store = await openCorpusStore(process.env.PARLEY_DATABASE_URL ?? 'graphs/parley.db');
 */
export async function openCorpusStore(location: string): Promise<CorpusStore> {
  const db: Database = isPostgresUrl(location)
    ? new PostgresDatabase(location)
    : new SqliteDatabase(location);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return new SqlCorpusStore(db);
}
