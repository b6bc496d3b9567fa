import { parseArgs } from 'node:util';
import { syntheticGraph } from './lib/synthetic-graph.mjs';
import { median5, viewerModules } from './lib/viewer-modules.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, edges: { type: 'string' } } });
const nodes = Number(values.nodes ?? 10_000);
const edges = Number(values.edges ?? 50_000);
const server = await viewerModules();
try {
  const { loadGraph } = await server.load('/src/graph/load.ts');
  const views = await server.load('/src/views/index.ts');
  const filters = await server.load('/src/filters/index.ts');
  const files = await server.load('/src/export/files.ts');
  const { graph } = loadGraph(syntheticGraph({ nodes, edges }));
  const publisher = graph.findNode((_n, a) => a.kind === 'article' && a.publisher);
  const settings = {
    none: {},
    minDegree3: { minDegree: 3 },
    hideIsolatedNoContains: { hideIsolated: true, hiddenEdgeTypes: ['contains'] },
    confidence07: { minConfidence: 0.7 },
    publisher: publisher ? { publisher: graph.getNodeAttribute(publisher, 'publisher') } : {},
    everything: { minDegree: 2, minWeight: 2, hideIsolated: true, minConfidence: 0.5 },
  };
  const rows = {};
  for (const view of ['full', 'actors']) {
    const drawn = views.drawnGraph(graph, view);
    // The floor on this machine now: one pass over the edges that reads their ends.
    rows[`${view} (one edge pass)`] = {
      nodes: drawn.order,
      edges: drawn.size,
      of: `${drawn.order}/${drawn.size}`,
      filterMs: median5(() => {
        const ends = new Set();
        drawn.forEachEdge((_e, _a, s, t) => ends.add(s).add(t));
      }),
      exportCopyMs: median5(() => drawn.copy()),
    };
    for (const [name, patch] of Object.entries(settings)) {
      const f = { ...filters.NO_FILTERS, ...patch };
      const subset = filters.drawnSubset(drawn, graph, f, null);
      rows[`${view} ${name}`] = {
        nodes: subset.nodes ? subset.nodes.size : drawn.order,
        edges: subset.edges ? subset.edges.size : drawn.size,
        of: `${drawn.order}/${drawn.size}`,
        filterMs: median5(() => filters.drawnSubset(drawn, graph, f, null)),
        exportCopyMs: median5(() => files.drawnSubgraph(drawn, subset)),
      };
    }
  }
  console.log(JSON.stringify({ bench: 'viewer-filters', graph: { nodes, edges } }));
  console.table(rows);
} finally {
  await server.close();
}
