import { nameKey, rangeBounds, StanceSchema, terms } from '@parley/core';
import { ftsTable } from './schema.js';
import { placeholders, type Sql } from './sql.js';
import type {
  ActorProfileCounts,
  DateFilter,
  StatementFilter,
  StoredStatement,
  StorePage,
  WhoSaidAnswer,
  WhoSaidQuery,
} from './types.js';

/** A WHERE clause being built: conditions and their parameters, in order. */
class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  toString(): string {
    return this.conditions.join(' AND ');
  }
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Actor keys for keys or names: a key as it is, a name as every actor having it as an alias. */
export async function actorsFor(sql: Sql, graph: number, names: string[]): Promise<string[]> {
  const keys = names.filter((n) => n.startsWith('actor:'));
  const folded = names.filter((n) => !n.startsWith('actor:')).map(nameKey);
  if (folded.length === 0) return keys;
  const rows = await sql.all<{ actor: string }>(
    `SELECT DISTINCT actor FROM actor_aliases WHERE graph = ? AND alias IN ${placeholders(folded)}`,
    [graph, ...folded],
  );
  return [...new Set([...keys, ...rows.map((r) => r.actor)])];
}

/** Restricts statements `s` to a date range (their article's date; undated ones fall outside). */
function dated(where: Where, q: DateFilter): void {
  if (!q.since && !q.until) return;
  const [low, high] = rangeBounds(q.since, q.until);
  where.add('s.date_ms IS NOT NULL');
  if (Number.isFinite(low)) where.add('s.date_ms >= ?', low);
  if (Number.isFinite(high)) where.add('s.date_ms <= ?', high);
}

/** ORDER BY for statements `s`: graph order, or by date (undated last, ties in graph order). */
function order(sort: string | undefined, first = ''): string {
  const by =
    sort === 'date' ? 's.date_ms ASC NULLS LAST, ' : sort === '-date' ? 's.date_ms DESC NULLS LAST, ' : '';
  return `ORDER BY ${first}${by}s.seq`;
}

/** The full-text query for search terms: any of them (ranking) or all of them (a filter). */
function textQuery(sql: Sql, words: string[], all: boolean): string {
  if (sql.engine === 'postgres')
    return words.map((w) => `'${w.replace(/'/g, "''")}'`).join(all ? ' & ' : ' | ');
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(all ? ' AND ' : ' OR ');
}

/** Statement ids matching all words, as a condition on `s`. */
function textMatch(sql: Sql, graph: number, where: Where, words: string[]): void {
  const query = textQuery(sql, words, true);
  if (sql.engine === 'postgres') where.add("s.tsv @@ to_tsquery('simple', ?)", query);
  else where.add(`s.id IN (SELECT rowid FROM ${ftsTable(graph)} WHERE ${ftsTable(graph)} MATCH ?)`, query);
}

/** Adds each statement's speakers (from its `said` edges, in graph order). */
async function withSpeakers<T extends { key: string; attrs: string }>(
  sql: Sql,
  graph: number,
  rows: T[],
): Promise<(Omit<T, 'attrs'> & StoredStatement)[]> {
  const keys = rows.map((r) => r.key);
  const said = keys.length
    ? await sql.all<{ source: string; target: string }>(
        `SELECT source, target FROM edges WHERE graph = ? AND type = 'said' AND target IN ${placeholders(keys)} ORDER BY seq`,
        [graph, ...keys],
      )
    : [];
  const speakers = new Map<string, string[]>();
  for (const e of said) speakers.set(e.target, [...(speakers.get(e.target) ?? []), e.source]);
  return rows.map(
    ({ attrs, ...r }) =>
      ({ ...r, attributes: JSON.parse(attrs), speakers: speakers.get(r.key) ?? [] }) as never,
  );
}

/** Statements linked to any of the actors by edges of a type (speakers: `said`; `mentions`). */
async function linked(sql: Sql, graph: number, where: Where, names: string[], type: 'said' | 'mentions') {
  const actors = await actorsFor(sql, graph, names);
  const [end, other] = type === 'said' ? ['target', 'source'] : ['source', 'target'];
  where.add(
    `s.key IN (SELECT ${end} FROM edges WHERE graph = ? AND type = ? AND ${other} IN ${placeholders(actors)})`,
    graph,
    type,
    ...actors,
  );
}

/** `GET .../statements` answered by the database. */
export async function findStatements(
  sql: Sql,
  graph: number,
  q: StatementFilter,
): Promise<StorePage<StoredStatement>> {
  const where = new Where().add('s.graph = ?', graph);
  if (q.speaker !== undefined) await linked(sql, graph, where, list(q.speaker), 'said');
  if (q.mentions !== undefined) await linked(sql, graph, where, list(q.mentions), 'mentions');
  if (q.article !== undefined) where.add('s.article = ?', q.article);
  if (q.cue) where.add('s.cue = ?', q.cue.toLowerCase());
  if (q.mode) where.add('s.mode = ?', q.mode);
  if (q.q !== undefined) {
    const words = terms(q.q);
    if (words.length === 0) where.add('1 = 0');
    else textMatch(sql, graph, where, words);
  }
  dated(where, q);
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  const [count] = await sql.all<{ n: number }>(
    `SELECT count(*) AS n FROM statements s WHERE ${where}`,
    where.params,
  );
  const rows = await sql.all<{ key: string; attrs: string }>(
    `SELECT s.key, s.attrs FROM statements s WHERE ${where} ${order(q.sort)} LIMIT ? OFFSET ?`,
    [...where.params, limit, offset],
  );
  return { total: Number(count?.n ?? 0), limit, offset, items: await withSpeakers(sql, graph, rows) };
}

/** The statements matching any search term with their relevance (higher is better), as a subquery `h`. */
function hits(sql: Sql, graph: number, words: string[], q: DateFilter): { from: string; params: unknown[] } {
  const where = new Where().add('s.graph = ?', graph);
  dated(where, q);
  const query = textQuery(sql, words, false);
  if (sql.engine === 'postgres') {
    return {
      from: `(SELECT s.key, s.seq, s.date_ms, ts_rank(s.tsv, query) AS score FROM statements s,
        to_tsquery('simple', ?) query WHERE s.tsv @@ query AND ${where}) s`,
      params: [query, ...where.params],
    };
  }
  const fts = ftsTable(graph);
  return {
    // materialised, so the text index is its own loop: bm25() is only defined there
    from: `(WITH h AS MATERIALIZED (SELECT rowid AS id, -bm25(${fts}) AS score FROM ${fts} WHERE ${fts} MATCH ?)
      SELECT s.key, s.seq, s.date_ms, h.score FROM h JOIN statements s ON s.id = h.id WHERE ${where}) s`,
    params: [query, ...where.params],
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

interface Hit {
  key: string;
  seq: number;
  date: number | null;
  score: number;
}

/** Hits in the order asked for: by relevance (ties in graph order), or by date (undated last). */
function ranked(hits: Hit[], sort: string | undefined): Hit[] {
  if (sort !== 'date' && sort !== '-date') return hits.sort((a, b) => b.score - a.score || a.seq - b.seq);
  const sign = sort === 'date' ? 1 : -1;
  const when = (h: Hit) => (h.date === null ? Number.POSITIVE_INFINITY : sign * h.date);
  return hits.sort((a, b) => when(a) - when(b) || a.seq - b.seq);
}

/** Speakers by summed relevance of their matches (ties by key), the best 20. */
function bestSpeakers(tally: Map<string, { statements: number; score: number }>) {
  return [...tally]
    .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
    .slice(0, 20)
    .map(([actor, t]) => ({ actor, statements: t.statements, score: round(t.score) }));
}

/**
 * `GET .../who-said` answered by the database: ranked full-text search (FTS5 bm25 on SQLite,
 * ts_rank on PostgreSQL) over the search terms of what was said, and the speakers of all matches
 * by summed relevance. One pass over the matches and their speakers; only the page's statements
 * are read whole.
 */
export async function whoSaid(sql: Sql, graph: number, q: WhoSaidQuery): Promise<WhoSaidAnswer> {
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  const words = [...new Set(terms(q.q))];
  if (words.length === 0) return { query: q.q, total: 0, limit, offset, items: [], speakers: [] };
  const { from, params } = hits(sql, graph, words, q);
  const rows = await sql.all<{
    key: string;
    seq: number;
    date_ms: number | null;
    score: number;
    speaker: string | null;
  }>(
    `SELECT s.key, s.seq, s.date_ms, s.score, e.source AS speaker FROM ${from}
     LEFT JOIN edges e ON e.graph = ? AND e.target = s.key AND e.type = 'said'`,
    [...params, graph],
  );
  const byKey = new Map<string, Hit>();
  const tally = new Map<string, { statements: number; score: number }>();
  for (const r of rows) {
    const score = Number(r.score);
    if (!byKey.has(r.key))
      byKey.set(r.key, {
        key: r.key,
        seq: Number(r.seq),
        date: r.date_ms === null ? null : Number(r.date_ms),
        score,
      });
    if (r.speaker === null) continue;
    const t = tally.get(r.speaker) ?? { statements: 0, score: 0 };
    tally.set(r.speaker, { statements: t.statements + 1, score: t.score + score });
  }
  const page = ranked([...byKey.values()], q.sort).slice(offset, offset + limit);
  const keys = page.map((h) => h.key);
  const stored = keys.length
    ? await sql.all<{ key: string; attrs: string }>(
        `SELECT key, attrs FROM statements WHERE graph = ? AND key IN ${placeholders(keys)}`,
        [graph, ...keys],
      )
    : [];
  const attrs = new Map(stored.map((r) => [r.key, r.attrs]));
  const views = await withSpeakers(
    sql,
    graph,
    page.map((h) => ({ key: h.key, attrs: attrs.get(h.key) as string })),
  );
  return {
    query: q.q,
    total: byKey.size,
    limit,
    offset,
    items: views.map((v, i) => ({ ...v, score: round(page[i]?.score ?? 0) })),
    speakers: bestSpeakers(tally),
  };
}

const STANCES = StanceSchema.options;

/** An actor's profile figures, from its edges. */
export async function actorProfile(
  sql: Sql,
  graph: number,
  key: string,
): Promise<ActorProfileCounts | undefined> {
  const [actor] = await sql.all<{ attrs: string }>('SELECT attrs FROM actors WHERE graph = ? AND key = ?', [
    graph,
    key,
  ]);
  if (!actor) return undefined;
  const one = async (query: string, params: unknown[]) =>
    Number((await sql.all<{ n: number }>(query, params))[0]?.n ?? 0);
  const stance = `graph = ? AND source = ? AND type IN ${placeholders(STANCES)}`;
  const ends = (end: string, other: string) =>
    sql
      .all<{ k: string }>(
        `SELECT ${end} AS k FROM edges WHERE graph = ? AND ${other} = ? AND type = 'affiliated_with' ORDER BY seq`,
        [graph, key],
      )
      .then((rows) => rows.map((r) => r.k));
  return {
    key,
    attributes: JSON.parse(actor.attrs),
    statements: await one(
      "SELECT count(*) AS n FROM edges WHERE graph = ? AND source = ? AND type = 'said'",
      [graph, key],
    ),
    saidAbout: await one(
      `SELECT count(*) AS n FROM edges m WHERE m.graph = ? AND m.target = ? AND m.type = 'mentions' AND NOT EXISTS
       (SELECT 1 FROM edges e WHERE e.graph = m.graph AND e.target = m.source AND e.type = 'said' AND e.source = ?)`,
      [graph, key, key],
    ),
    stances: await one(`SELECT count(*) AS n FROM edges WHERE ${stance}`, [graph, key, ...STANCES]),
    proposals: await one(`SELECT count(DISTINCT target) AS n FROM edges WHERE ${stance}`, [
      graph,
      key,
      ...STANCES,
    ]),
    affiliations: await ends('target', 'source'),
    members: await ends('source', 'target'),
  };
}
