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

/**
 * Statements matching the words (all of them, or any when `all` is false), added to `where` as a
 * condition on `s`; gives the conditions.
 */
function textMatch(sql: Sql, graph: number, where: Where, words: string[], all = true): Where {
  const query = textQuery(sql, words, all);
  const fts = ftsTable(graph);
  if (sql.engine === 'postgres') return where.add("s.tsv @@ to_tsquery('simple', ?)", query);
  return where.add(`s.id IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`, query);
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

/**
 * How many of the best matches who-said counts speakers over. Summing the speakers of every match
 * costs a visit per match (common words match a sixth of all statements); the best matches are
 * the ones the question is about, and up to this many the speakers are those of all matches.
 */
export const SPEAKER_MATCHES = 1000;

/** One of the best matches with one of its speakers (null when it has none); PostgreSQL adds the match count. */
interface RankedRow {
  key: string;
  seq: number;
  score: number;
  speaker: string | null;
  total?: number;
}

/** Statements of the graph in the date range, as conditions on `s`. */
function inGraph(graph: number, q: DateFilter): Where {
  const where = new Where().add('s.graph = ?', graph);
  dated(where, q);
  return where;
}

/** The speakers of the ranked statements `top`, one row per statement and speaker, best first. */
const SPEAKERS_OF_TOP = `SELECT top.*, e.source AS speaker FROM top
  LEFT JOIN edges e ON e.graph = ? AND e.target = top.key AND e.type = 'said' ORDER BY top.score DESC, top.seq, e.seq`;

/**
 * The best `k` matches of any word by relevance (ties in graph order), ranked and cut inside the
 * engine: FTS5 bm25 on SQLite, ts_rank over the GIN-indexed tsvector on PostgreSQL.
 */
function bestMatches(
  sql: Sql,
  graph: number,
  words: string[],
  q: DateFilter,
  k: number,
): Promise<RankedRow[]> {
  const where = inGraph(graph, q);
  const query = textQuery(sql, words, false);
  if (sql.engine === 'postgres') {
    return sql.all<RankedRow>(
      `WITH top AS MATERIALIZED (SELECT s.key, s.seq, ts_rank(s.tsv, query) AS score, count(*) OVER () AS total
         FROM statements s, to_tsquery('simple', ?) query WHERE s.tsv @@ query AND ${where}
         ORDER BY score DESC, s.seq LIMIT ?) ${SPEAKERS_OF_TOP}`,
      [query, ...where.params, k, graph],
    );
  }
  const fts = ftsTable(graph);
  // without a date range the text index cuts the ranking itself; with one, every match is checked first
  const cut = where.conditions.length === 1;
  return sql.all<RankedRow>(
    `WITH h AS MATERIALIZED (SELECT rowid AS id, -bm25(${fts}) AS score FROM ${fts} WHERE ${fts} MATCH ?
       ${cut ? 'ORDER BY rank, rowid LIMIT ?' : ''}),
     top AS MATERIALIZED (SELECT s.key, s.seq, h.score FROM h JOIN statements s ON s.id = h.id
       WHERE ${where} ORDER BY h.score DESC, s.seq LIMIT ?) ${SPEAKERS_OF_TOP}`,
    [query, ...(cut ? [k] : []), ...where.params, k, graph],
  );
}

/** How many statements match any word (on SQLite; PostgreSQL counts them while ranking). */
async function countMatches(sql: Sql, graph: number, words: string[], q: DateFilter): Promise<number> {
  const where = inGraph(graph, q);
  const fts = ftsTable(graph);
  const [row] =
    where.conditions.length === 1
      ? await sql.all<{ n: number }>(`SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ?`, [
          textQuery(sql, words, false),
        ])
      : await sql.all<{ n: number }>(
          `SELECT count(*) AS n FROM statements s WHERE ${textMatch(sql, graph, where, words, false)}`,
          where.params,
        );
  return Number(row?.n ?? 0);
}

interface Hit {
  key: string;
  score: number;
}

/** One page of the matches by date (undated last, ties in graph order), with their relevance. */
async function pageByDate(
  sql: Sql,
  graph: number,
  words: string[],
  q: DateFilter,
  [limit, offset]: [number, number],
): Promise<Hit[]> {
  const where = inGraph(graph, q);
  const query = textQuery(sql, words, false);
  if (sql.engine === 'postgres') {
    return sql.all<Hit>(
      `SELECT s.key, ts_rank(s.tsv, query) AS score FROM statements s, to_tsquery('simple', ?) query
       WHERE s.tsv @@ query AND ${where} ${order(q.sort)} LIMIT ? OFFSET ?`,
      [query, ...where.params, limit, offset],
    );
  }
  const page = await sql.all<{ key: string; id: number }>(
    `SELECT s.key, s.id FROM statements s WHERE ${textMatch(sql, graph, where, words, false)} ${order(q.sort)} LIMIT ? OFFSET ?`,
    [...where.params, limit, offset],
  );
  if (page.length === 0) return [];
  const fts = ftsTable(graph);
  const scores = await sql.all<{ id: number; score: number }>(
    `SELECT rowid AS id, -bm25(${fts}) AS score FROM ${fts} WHERE ${fts} MATCH ? AND rowid IN ${placeholders(page)}`,
    [query, ...page.map((p) => p.id)],
  );
  const scoreOf = new Map(scores.map((s) => [Number(s.id), Number(s.score)]));
  return page.map((p) => ({ key: p.key, score: scoreOf.get(Number(p.id)) ?? 0 }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The distinct statements of ranked rows, in their order. */
function matchesOf(rows: RankedRow[]): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const r of rows) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    hits.push({ key: r.key, score: Number(r.score) });
  }
  return hits;
}

/** The 20 best speakers of ranked rows by summed relevance (ties by key), with how many of the rows each said. */
function bestSpeakers(rows: RankedRow[]) {
  const tally = new Map<string, { statements: number; score: number }>();
  for (const r of rows) {
    if (r.speaker === null) continue;
    const t = tally.get(r.speaker) ?? { statements: 0, score: 0 };
    tally.set(r.speaker, { statements: t.statements + 1, score: t.score + Number(r.score) });
  }
  return [...tally]
    .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
    .slice(0, 20)
    .map(([actor, t]) => ({ actor, statements: t.statements, score: round(t.score) }));
}

/** The page's statements read whole, in the page's order, with their scores. */
async function readPage(sql: Sql, graph: number, page: Hit[]) {
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
  return views.map((v, i) => ({ ...v, score: round(page[i]?.score ?? 0) }));
}

/**
 * `GET .../who-said` answered by the database: full-text search over the search terms of what was
 * said, ranked and cut to the page inside the engine (FTS5 bm25 on SQLite, ts_rank on
 * PostgreSQL), and the speakers of the best {@link SPEAKER_MATCHES} matches by summed relevance.
 * Only the page's statements are read whole.
 */
export async function whoSaid(sql: Sql, graph: number, q: WhoSaidQuery): Promise<WhoSaidAnswer> {
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  const words = [...new Set(terms(q.q))];
  const empty = { query: q.q, total: 0, limit, offset, items: [], speakers: [], speakersOver: 0 };
  if (words.length === 0) return empty;
  const byDate = q.sort === 'date' || q.sort === '-date';
  const rows = await bestMatches(
    sql,
    graph,
    words,
    q,
    byDate ? SPEAKER_MATCHES : Math.max(SPEAKER_MATCHES, offset + limit),
  );
  const best = matchesOf(rows);
  const total =
    sql.engine === 'postgres' ? Number(rows[0]?.total ?? 0) : await countMatches(sql, graph, words, q);
  const page = byDate
    ? await pageByDate(sql, graph, words, q, [limit, offset])
    : best.slice(offset, offset + limit);
  return {
    ...empty,
    total,
    items: await readPage(sql, graph, page),
    speakers: bestSpeakers(rows),
    speakersOver: Math.min(best.length, SPEAKER_MATCHES),
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
