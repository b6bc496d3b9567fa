/**
 * @parley/store: graphs as database rows (embedded SQLite with FTS5, or PostgreSQL), written one
 * article at a time and queried without loading a whole graph.
 */
export { isPostgresUrl, openCorpusStore, SqlCorpusStore } from './corpus-store.js';
export { SPEAKER_MATCHES } from './queries.js';
export { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
export type { Database, Engine, Row, Sql } from './sql.js';
export {
  type ActorProfileCounts,
  type CorpusStore,
  type DateFilter,
  DuplicateArticleError,
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
