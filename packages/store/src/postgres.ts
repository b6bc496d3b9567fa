import pg from 'pg';
import type { Database, Row, Sql } from './sql.js';

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (the store's SQL has no `?` of its own). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** One client's queries, as {@link Sql}. */
class ClientSql implements Sql {
  readonly engine = 'postgres' as const;
  constructor(private readonly client: pg.Pool | pg.PoolClient) {}

  async all<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.client.query(numbered(sql), params as unknown[]);
    return result.rows as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    await this.client.query(numbered(sql), params as unknown[]);
  }
}

/**
 * PostgreSQL through a `pg` pool. A transaction takes a transaction-scoped advisory lock on its
 * lock name first, so writers of one graph in any number of processes take turns.
 */
export class PostgresDatabase implements Database {
  readonly engine = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly sql: ClientSql;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 8 });
    this.sql = new ClientSql(this.pool);
  }

  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.sql.all<T>(sql, params);
  }

  run(sql: string, params?: readonly unknown[]): Promise<void> {
    return this.sql.run(sql, params);
  }

  async transaction<T>(lock: string, work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
      const result = await work(new ClientSql(client));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async analyze(): Promise<void> {
    await this.pool.query('ANALYZE');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
