import { csvField } from '@parley/core/formats';
import { statementCounts, type ViewerGraph } from '../graph/index.js';
import { analyse, collapse, communities, type Metric, nodeMetric } from './analysis.js';
import type { DrawnGraph } from './types.js';

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

export type TableColumn = keyof TableRow;

/** The table's columns, in order, with their headings. */
export const TABLE_COLUMNS: { id: TableColumn; title: string; numeric: boolean }[] = [
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
 * community (actor view), statements said (counted in the loaded graph) and metrics.
 * @example tableRows(actorView(graph), graph, null, true)[0]?.pagerank
 */
export function tableRows(
  drawn: DrawnGraph,
  source: ViewerGraph,
  visible: Set<string> | null,
  withCommunities: boolean,
): TableRow[] {
  const simple = collapse(drawn);
  const metric = (m: Metric) => nodeMetric(drawn, m, simple);
  const values = drawn.order <= BETWEENNESS_UP_TO ? analyse(drawn) : null;
  const [degree, weighted, pagerank] = values
    ? [values.degree, values.weightedDegree, values.pagerank]
    : [metric('degree'), metric('weightedDegree'), metric('pagerank')];
  const groups = withCommunities ? (values?.communities ?? communities(drawn, simple)) : null;
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

/**
 * Rows sorted on one column (nulls last), ties by name.
 * @example sortRows(rows, 'pagerank', true)[0] // the most central node
 */
export function sortRows(rows: TableRow[], by: TableColumn, descending: boolean): TableRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[by];
    const y = b[by];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y));
    return order * sign || a.name.localeCompare(b.name);
  });
}

/**
 * The rows as CSV (RFC 4180, core's quoting), with the node key first so a spreadsheet can join
 * them back to the graph.
 */
export function rowsToCsv(rows: TableRow[]): string {
  const header = ['key', ...TABLE_COLUMNS.map((c) => c.id)];
  const lines = rows.map((row) =>
    [row.key, ...TABLE_COLUMNS.map((c) => row[c.id])]
      .map((v) => csvField(v === null ? undefined : String(v)))
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
