import type { Database, Engine } from './sql.js';

/**
 * One step of the schema, for each engine. Steps are applied in order, once each, and recorded in
 * `schema_migrations`; a released step is never edited, a change is a new step.
 */
interface Migration {
  version: number;
  description: string;
  sqlite: string[];
  postgres: string[];
}

/**
 * Tables shared by both engines (types spelled per engine). Every node table keeps the node's
 * attributes verbatim as JSON text (`attrs`, key order kept, so exports are byte-identical) beside
 * the columns queries filter and sort on; `seq` is the node's or edge's place in graph order. A
 * graph's `frame` is its `graph.json` without nodes and edges (options, attributes), verbatim.
 */
const tables = (e: Engine) => {
  const id = e === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'SERIAL PRIMARY KEY';
  const key = e === 'sqlite' ? 'TEXT NOT NULL' : 'TEXT COLLATE "C" NOT NULL';
  const real = e === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION';
  return [
    `CREATE TABLE graphs (id ${id}, name TEXT NOT NULL UNIQUE, frame TEXT NOT NULL, next_seq INTEGER NOT NULL DEFAULT 0, edge_seq INTEGER NOT NULL DEFAULT 0)`,
    `CREATE TABLE articles (graph INTEGER NOT NULL, key ${key}, seq INTEGER NOT NULL, id TEXT NOT NULL, sha256 TEXT, date_ms ${real}, text TEXT, attrs TEXT NOT NULL, PRIMARY KEY (graph, key))`,
    'CREATE INDEX articles_sha256 ON articles (graph, sha256)',
    `CREATE TABLE actors (graph INTEGER NOT NULL, key ${key}, seq INTEGER NOT NULL, label TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, attrs TEXT NOT NULL, PRIMARY KEY (graph, key))`,
    `CREATE TABLE actor_keys (graph INTEGER NOT NULL, lookup ${key}, actor ${key}, PRIMARY KEY (graph, lookup, actor))`,
    'CREATE INDEX actor_keys_actor ON actor_keys (graph, actor)',
    `CREATE TABLE actor_aliases (graph INTEGER NOT NULL, alias ${key}, actor ${key}, PRIMARY KEY (graph, alias, actor))`,
    'CREATE INDEX actor_aliases_actor ON actor_aliases (graph, actor)',
    `CREATE TABLE statements (id ${id}, graph INTEGER NOT NULL, key ${key}, seq INTEGER NOT NULL, article ${key}, date_ms ${real}, cue TEXT, mode TEXT, text TEXT NOT NULL, attrs TEXT NOT NULL${e === 'postgres' ? ', tsv tsvector NOT NULL' : ''}, UNIQUE (graph, key))`,
    'CREATE INDEX statements_seq ON statements (graph, seq)',
    'CREATE INDEX statements_article ON statements (graph, article, seq)',
    'CREATE INDEX statements_date ON statements (graph, date_ms, seq)',
    `CREATE TABLE proposals (graph INTEGER NOT NULL, key ${key}, seq INTEGER NOT NULL, label TEXT NOT NULL, attrs TEXT NOT NULL, PRIMARY KEY (graph, key))`,
    `CREATE TABLE edges (graph INTEGER NOT NULL, key ${key}, seq INTEGER NOT NULL, source ${key}, target ${key}, type TEXT NOT NULL, attrs TEXT NOT NULL, PRIMARY KEY (graph, key))`,
    'CREATE INDEX edges_source ON edges (graph, source, type)',
    'CREATE INDEX edges_target ON edges (graph, target, type)',
    'CREATE INDEX edges_seq ON edges (graph, seq)',
    ...(e === 'postgres' ? ['CREATE INDEX statements_tsv ON statements USING GIN (tsv)'] : []),
  ];
};

/** The tables holding a graph's rows (column `graph`), besides `graphs` itself and SQLite's text index. */
export const GRAPH_TABLES = [
  'articles',
  'actors',
  'actor_keys',
  'actor_aliases',
  'statements',
  'proposals',
  'edges',
] as const;

/** The schema's history. SQLite keeps each graph's statement text index in its own FTS5 table. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'articles, actors (+ lookup keys, aliases), statements (+ full text), proposals, edges',
    sqlite: tables('sqlite'),
    postgres: tables('postgres'),
  },
  {
    version: 2,
    description: "graphs.stamp: a new value on every change of a graph, for readers' caches",
    sqlite: ["ALTER TABLE graphs ADD COLUMN stamp TEXT NOT NULL DEFAULT ''"],
    postgres: ["ALTER TABLE graphs ADD COLUMN stamp TEXT NOT NULL DEFAULT ''"],
  },
];

/** The latest schema version. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Brings a database's schema up to {@link SCHEMA_VERSION}, each missing step in one transaction. */
export async function migrate(db: Database): Promise<void> {
  await db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL)',
  );
  for (const m of MIGRATIONS) {
    await db.transaction('parley:migrate', async (tx) => {
      const done = await tx.all('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
      if (done.length) return;
      for (const statement of m[db.engine]) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, description) VALUES (?, ?)', [
        m.version,
        m.description,
      ]);
    });
  }
}

/** The name of a graph's FTS5 table on SQLite (graph ids are integers the store assigned). */
export const ftsTable = (graph: number) => `statement_text_${graph}`;
