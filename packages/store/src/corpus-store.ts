import {
  CONTRACT_VERSION,
  type Extraction,
  type NodeAttributes,
  parseGraph,
  type SerializedParleyGraph,
} from '@parley/core';
import { type GraphRow, ingestExtraction } from './ingest.js';
import { PostgresDatabase } from './postgres.js';
import { actorProfile, findStatements, whoSaid } from './queries.js';
import { type EdgeJson, insertElements, type NodeJson } from './rows.js';
import { ftsTable, migrate } from './schema.js';
import type { Database, Engine, Sql } from './sql.js';
import { SqliteDatabase } from './sqlite.js';
import type {
  ActorProfileCounts,
  CorpusStore,
  IngestResult,
  StatementFilter,
  StoredStatement,
  StorePage,
  WhoSaidAnswer,
  WhoSaidQuery,
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

  private async graphRow(sql: Sql, name: string): Promise<GraphRow | undefined> {
    const [row] = await sql.all<GraphRow>('SELECT id, next_seq, edge_seq FROM graphs WHERE name = ?', [name]);
    return row && { id: Number(row.id), next_seq: Number(row.next_seq), edge_seq: Number(row.edge_seq) };
  }

  /** The graph's id for reading; undefined when there is none. */
  private async graphId(name: string): Promise<number | undefined> {
    return (await this.graphRow(this.db, name))?.id;
  }

  private async createGraph(tx: Sql, name: string, frame: Frame): Promise<GraphRow> {
    await tx.run('INSERT INTO graphs (name, frame) VALUES (?, ?)', [name, JSON.stringify(frame)]);
    const row = (await this.graphRow(tx, name)) as GraphRow;
    if (tx.engine === 'sqlite')
      await tx.run(`CREATE VIRTUAL TABLE ${ftsTable(row.id)} USING fts5(terms, content='')`);
    return row;
  }

  async importGraph(name: string, data: unknown): Promise<void> {
    parseGraph(data);
    const graph = data as SerializedParleyGraph;
    await this.db.transaction(`parley:graph:${name}`, async (tx) => {
      if (await this.graphRow(tx, name)) throw new Error(`a graph named "${name}" is stored already`);
      const { nodes: _, edges: __, ...frame } = graph;
      const row = await this.createGraph(tx, name, frame);
      const nodes = graph.nodes as NodeJson[];
      const dates = new Map<string, string | undefined>();
      for (const n of nodes)
        if (n.attributes?.kind === 'article') dates.set(n.attributes.id, n.attributes.date);
      await insertElements(tx, row.id, { nodes: 0, edges: 0 }, nodes, graph.edges as EdgeJson[], (a) =>
        dates.get(a),
      );
      await tx.run('UPDATE graphs SET next_seq = ?, edge_seq = ? WHERE id = ?', [
        nodes.length,
        graph.edges.length,
        row.id,
      ]);
    });
    await this.db.analyze();
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
      return ingestExtraction(tx, row, extraction, options.text);
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
