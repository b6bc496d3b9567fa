import type { DrawnSubset, Filters } from '../filters/index.js';
import { edgeColor, edgeName, KIND_NAMES } from '../style/index.js';
import type { DrawnGraph } from '../views/index.js';

/** One row of a picture's legend: a colour, what it stands for and how many drawn items have it. */
export interface LegendEntry {
  color: string;
  name: string;
  count: number;
  /** An edge type (drawn as a line), else a node group (a dot). */
  line: boolean;
}

/** Node groups listed in a picture's legend; the rest are summed in one last row. */
export const LEGEND_NODE_ROWS = 10;

/**
 * The legend of what is drawn: the node groups (communities, named by their best-linked member, when
 * `groups` is given; else actor types and node kinds), most drawn first, each with the colour its
 * nodes are drawn with (`colorOf`), then the edge types drawn. Only what `subset` keeps counts.
 * @example legendOf(drawn, { nodes: null, edges: null }, (n) => looks.get(n)?.color ?? '', null)
 */
export function legendOf(
  drawn: DrawnGraph,
  subset: DrawnSubset,
  colorOf: (node: string) => string,
  groups: Map<string, number> | null,
): LegendEntry[] {
  const nodeRows = new Map<string, LegendEntry & { lead?: string; leadDegree: number }>();
  drawn.forEachNode((node, attr) => {
    if (subset.nodes && !subset.nodes.has(node)) return;
    const community = groups?.get(node);
    const key =
      community !== undefined
        ? `community:${community}`
        : attr.kind === 'actor'
          ? `actor:${attr.type}`
          : attr.kind;
    const name = attr.kind === 'actor' ? `${attr.type} actors` : KIND_NAMES[attr.kind];
    const row = nodeRows.get(key) ?? { color: colorOf(node), name, count: 0, line: false, leadDegree: -1 };
    row.count++;
    const degree = drawn.degree(node);
    if (community !== undefined && degree > row.leadDegree) [row.lead, row.leadDegree] = [attr.label, degree];
    nodeRows.set(key, row);
  });
  const nodes = [...nodeRows.values()]
    .map(({ lead, leadDegree: _, ...row }) =>
      lead ? { ...row, name: row.count > 1 ? `${lead} …` : lead } : row,
    )
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const rest = nodes.slice(LEGEND_NODE_ROWS);
  const shown = rest.length
    ? [
        ...nodes.slice(0, LEGEND_NODE_ROWS),
        {
          color: '#94a3b8',
          name: `${rest.length} more groups`,
          count: rest.reduce((n, r) => n + r.count, 0),
          line: false,
        },
      ]
    : nodes;
  const edgeCounts = new Map<string, number>();
  drawn.forEachEdge((edge, attr) => {
    if (subset.edges && !subset.edges.has(edge)) return;
    edgeCounts.set(attr.type, (edgeCounts.get(attr.type) ?? 0) + 1);
  });
  const edges = [...edgeCounts]
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => ({ color: edgeColor(type), name: edgeName(type), count, line: true }));
  return [...shown, ...edges];
}

/**
 * The filters on, in words, for a picture's caption ("min. degree 4 · publisher Reuters"); empty
 * when nothing is filtered. `labelOf` names the ego network's centre.
 * @example filterSummary({ ...NO_FILTERS, minDegree: 4 }, null, String) // 'min. degree 4'
 */
export function filterSummary(
  f: Filters,
  selected: string | null,
  labelOf: (node: string) => string,
): string {
  const hidden = [...f.hiddenKinds, ...f.hiddenActorTypes, ...f.hiddenEdgeTypes.map(edgeName)];
  const parts = [
    f.article && `article ${f.article}`,
    f.publisher && `publisher ${f.publisher}`,
    f.since && `from ${f.since}`,
    f.until && `until ${f.until}`,
    f.ego > 0 && selected && `${f.ego} hop${f.ego > 1 ? 's' : ''} around ${labelOf(selected)}`,
    f.minConfidence > 0 && `confidence ≥ ${f.minConfidence}`,
    f.minWeight > 1 && `edge weight ≥ ${f.minWeight}`,
    f.minDegree > 0 && `min. degree ${f.minDegree}`,
    f.hideIsolated && 'isolated nodes hidden',
    hidden.length > 0 && `hidden: ${hidden.join(', ')}`,
  ];
  return parts.filter((p): p is string => typeof p === 'string').join(' · ');
}
