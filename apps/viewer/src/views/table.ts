import { csvField } from '@parley/core/formats';
import { statementCounts, type ViewerGraph } from '../graph/index.js';
import { analyse, collapse, type Metric, nodeMetric } from './analysis.js';
import type { DrawnGraph } from './types.js';

/** A value in a table cell (null: not computed). */
export type Cell = string | number | null;

/** A table column: which field, its heading, whether it sorts and aligns as a number. */
export interface Column<Row> {
  id: keyof Row & string;
  title: string;
  numeric: boolean;
}

/** One drawn node in the data table. */
export interface TableRow {
  key: string;
  name: string;
  kind: string;
  /** Louvain community (0 the largest); null outside the actor view. */
  community: number | null;
  statements: number;
  degree: number;
  weightedDegree: number;
  pagerank: number;
  /** Null where the graph is too large to compute it on the fly. */
  betweenness: number | null;
}

/** One drawn edge in the data table, with the texts of the statements behind it. */
export interface EdgeRow {
  key: string;
  type: string;
  source: string;
  target: string;
  count: number;
  weight: number;
  statements: string;
}

/** The node table's columns, in order, with their headings. */
export const TABLE_COLUMNS: Column<TableRow>[] = [
  { id: 'name', title: 'Name', numeric: false },
  { id: 'kind', title: 'Kind', numeric: false },
  { id: 'community', title: 'Community', numeric: true },
  { id: 'statements', title: 'Statements', numeric: true },
  { id: 'degree', title: 'Degree', numeric: true },
  { id: 'weightedDegree', title: 'Weighted degree', numeric: true },
  { id: 'pagerank', title: 'PageRank', numeric: true },
  { id: 'betweenness', title: 'Betweenness', numeric: true },
];

/** Betweenness is O(nodes × edges): past this many nodes the table leaves it out (2 s at 4,000). */
export const BETWEENNESS_UP_TO = 1500;

/**
 * The rows of the data table: the drawn nodes `visible` keeps (all when null), with their kind,
 * community (`groups`: the session's communities, the ones the graph is coloured by; null for
 * none), statements said (counted in the loaded graph) and metrics.
 * @example tableRows(actorView(graph), graph, null, communities(actorView(graph)))[0]?.pagerank
 */
export function tableRows(
  drawn: DrawnGraph,
  source: ViewerGraph,
  visible: Set<string> | null,
  groups: Map<string, number> | null,
): TableRow[] {
  const simple = collapse(drawn);
  const metric = (m: Metric) => nodeMetric(drawn, m, simple);
  const values = drawn.order <= BETWEENNESS_UP_TO ? analyse(drawn) : null;
  const [degree, weighted, pagerank] = values
    ? [values.degree, values.weightedDegree, values.pagerank]
    : [metric('degree'), metric('weightedDegree'), metric('pagerank')];
  const said = statementCounts(source);
  const rows: TableRow[] = [];
  drawn.forEachNode((key, attr) => {
    if (visible && !visible.has(key)) return;
    rows.push({
      key,
      name: attr.label,
      kind: attr.kind === 'actor' ? `actor · ${attr.type}` : attr.kind,
      community: groups?.get(key) ?? null,
      statements: said.get(key) ?? 0,
      degree: degree.get(key) ?? 0,
      weightedDegree: weighted.get(key) ?? 0,
      pagerank: pagerank.get(key) ?? 0,
      betweenness: values?.betweenness.get(key) ?? null,
    });
  });
  return rows;
}

/** The edge table's columns. */
export const EDGE_COLUMNS: Column<EdgeRow>[] = [
  { id: 'type', title: 'Type', numeric: false },
  { id: 'source', title: 'From', numeric: false },
  { id: 'target', title: 'To', numeric: false },
  { id: 'count', title: 'Count', numeric: true },
  { id: 'weight', title: 'Statements', numeric: true },
  { id: 'statements', title: 'Statement texts', numeric: false },
];

/** The statements behind an edge: a view's merged ones, a stance's evidence, or its statement end. */
function statementsOf(drawn: DrawnGraph, source: ViewerGraph, edge: string): string[] {
  const attr = drawn.getEdgeAttributes(edge);
  if (attr.statements) return attr.statements;
  if (typeof attr.statement === 'string') return [attr.statement];
  return drawn
    .extremities(edge)
    .filter((n) => source.hasNode(n) && source.getNodeAttribute(n, 'kind') === 'statement');
}

/**
 * The rows of the edge table: the drawn edges `edges` keeps (all when null or left out) whose both
 * ends `visible` keeps, with the names of their ends and the texts of the statements behind them
 * (" | " between two).
 * @example edgeRows(actorView(graph), graph, null)[0]?.statements // '"We must sit down…'
 */
export function edgeRows(
  drawn: DrawnGraph,
  source: ViewerGraph,
  visible: Set<string> | null,
  edges: Set<string> | null = null,
): EdgeRow[] {
  const label = (node: string) => drawn.getNodeAttribute(node, 'label');
  const textOf = (s: string) => (source.hasNode(s) ? String(source.getNodeAttribute(s, 'text') ?? '') : '');
  const rows: EdgeRow[] = [];
  drawn.forEachEdge((key, attr, from, to) => {
    if (visible && !(visible.has(from) && visible.has(to))) return;
    if (edges && !edges.has(key)) return;
    const statements = statementsOf(drawn, source, key);
    rows.push({
      key,
      type: attr.type,
      source: label(from),
      target: label(to),
      count: attr.count ?? 1,
      weight: attr.weight ?? statements.length,
      statements: statements.map(textOf).join(' | '),
    });
  });
  return rows;
}

/**
 * Rows sorted on one column (nulls last), ties by key.
 * @example sortRows(rows, 'pagerank', true)[0] // the most central node
 */
export function sortRows<Row extends { key: string }>(
  rows: Row[],
  by: keyof Row,
  descending: boolean,
): Row[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[by] as Cell;
    const y = b[by] as Cell;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y));
    return order * sign || a.key.localeCompare(b.key);
  });
}

/** The rows of one community in the grouped table (`community` null: nodes outside any). */
export interface RowGroup<Row> {
  community: number | null;
  rows: Row[];
}

/**
 * The rows grouped by community, the communities in order (0, the largest, first; rows without
 * one last), each group's rows sorted on one column.
 * @example groupByCommunity(rows, 'pagerank', true)[0]?.rows[0] // the most central of the largest community
 */
export function groupByCommunity(
  rows: TableRow[],
  by: keyof TableRow,
  descending: boolean,
): RowGroup<TableRow>[] {
  const groups = new Map<number | null, TableRow[]>();
  for (const row of rows) groups.set(row.community, [...(groups.get(row.community) ?? []), row]);
  const order = (c: number | null) => (c === null ? Number.POSITIVE_INFINITY : c);
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([community, members]) => ({ community, rows: sortRows(members, by, descending) }));
}

/**
 * The rows as CSV (RFC 4180, core's quoting), with the key first so a spreadsheet can join them
 * back to the graph.
 */
export function rowsToCsv<Row extends { key: string }>(columns: Column<Row>[], rows: Row[]): string {
  const header = ['key', ...columns.map((c) => c.id)];
  const lines = rows.map((row) =>
    [row.key, ...columns.map((c) => row[c.id] as Cell)]
      .map((v) => csvField(v === null ? undefined : String(v)))
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
