/** A row as the database driver gives it. */
export type Row = Record<string, unknown>;

/** The two engines behind a corpus store. */
export type Engine = 'sqlite' | 'postgres';

/**
 * The little SQL a corpus store needs, the same on both engines: `?` placeholders (turned into
 * `$n` for PostgreSQL), rows as objects.
 */
export interface Sql {
  readonly engine: Engine;
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

/** A connection (pool) with transactions. */
export interface Database extends Sql {
  /**
   * Runs `work` in one transaction, after every earlier transaction with the same `lock` name
   * (in this process, and on PostgreSQL in every process) committed or rolled back.
   * Rolls back when `work` throws.
   */
  transaction<T>(lock: string, work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Refreshes the planner's statistics (after a bulk load: without them SQLite picks poor indexes). */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

/** `(?, ?, ?)` for a list of values, for `IN` clauses (at least one value, or the list is empty). */
export const placeholders = (values: readonly unknown[]) => `(${values.map(() => '?').join(', ') || 'NULL'})`;

/** One column of a batch insert, with the SQL expression its value goes through (default `?`). */
export interface Column {
  name: string;
  value?: string;
}

/** Rows per multi-row INSERT: few round trips, well under both engines' parameter limits. */
const BATCH = 400;

/** Inserts rows (arrays in column order) with multi-row INSERTs. */
export async function insertRows(
  sql: Sql,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const one = `(${columns.map((c) => c.value ?? '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const values = batch.map(() => one).join(', ');
    await sql.run(`INSERT INTO ${table} (${names}) VALUES ${values}`, batch.flat());
  }
}
