import BetterSqlite3 from 'better-sqlite3';
import type { Database, Row, Sql } from './sql.js';

/**
 * The embedded engine: one SQLite file (better-sqlite3, synchronous calls behind promises), in WAL
 * mode so readers never wait for the writer. Transactions of this process run one at a time.
 */
export class SqliteDatabase implements Database {
  readonly engine = 'sqlite' as const;
  private readonly db: BetterSqlite3.Database;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // a 64 MB page cache (the default is 2 MB): ranked text search reads a page per match
    this.db.pragma('cache_size = -65536');
    // statistics for tables that changed much since they were last gathered (cheap when none did)
    this.db.pragma('optimize = 0x10002');
  }

  private prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      // multi-row inserts have one text per batch size; keep the cache to the repeated ones
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    const statement = this.prepare(sql);
    if (statement.reader) statement.all(...params);
    else statement.run(...params);
  }

  /** Runs a script of several statements (migrations). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  transaction<T>(_lock: string, work: (tx: Sql) => Promise<T>): Promise<T> {
    const run = this.queue
      .catch(() => undefined)
      .then(async () => {
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(this);
          this.db.exec('COMMIT');
          return result;
        } catch (e) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw e;
        }
      });
    this.queue = run;
    return run;
  }

  async analyze(): Promise<void> {
    this.db.exec('ANALYZE');
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.db.close();
  }
}
