// Time of the viewer's filters (apps/viewer/src/filters/drawn.ts: which nodes and edges are drawn
// after every filter) and of a filtered export's copy (apps/viewer/src/export/files.ts) on a
// synthetic graph, full view and actor view. Loads the viewer's TypeScript through vite, as the
// browser does. Median of 5 runs after one warm-up. Needs core's build.
//
//   node scripts/bench/filters.mjs [--nodes 10000] [--edges 50000]
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticGraph } from './lib/synthetic-graph.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, edges: { type: 'string' } } });
const nodes = Number(values.nodes ?? 10_000);
const edges = Number(values.edges ?? 50_000);
const viewer = fileURLToPath(new URL('../../apps/viewer/', import.meta.url));
const { createServer } = await import(
  pathToFileURL(join(viewer, 'node_modules/vite/dist/node/index.js')).href
);
const server = await createServer({
  root: viewer,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false },
  optimizeDeps: { noDiscovery: true },
});
try {
  const { loadGraph } = await server.ssrLoadModule('/src/graph/load.ts');
  const views = await server.ssrLoadModule('/src/views/index.ts');
  const filters = await server.ssrLoadModule('/src/filters/index.ts');
  const files = await server.ssrLoadModule('/src/export/files.ts');
  const { graph } = loadGraph(syntheticGraph({ nodes, edges }));
  const publisher = graph.findNode((_n, a) => a.kind === 'article' && a.publisher);
  const median = (fn) => {
    fn();
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    return Number(times.sort((a, b) => a - b)[2].toFixed(1));
  };
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
      filterMs: median(() => {
        const ends = new Set();
        drawn.forEachEdge((_e, _a, s, t) => ends.add(s).add(t));
      }),
      exportCopyMs: median(() => drawn.copy()),
    };
    for (const [name, patch] of Object.entries(settings)) {
      const f = { ...filters.NO_FILTERS, ...patch };
      const subset = filters.drawnSubset(drawn, graph, f, null);
      rows[`${view} ${name}`] = {
        nodes: subset.nodes ? subset.nodes.size : drawn.order,
        edges: subset.edges ? subset.edges.size : drawn.size,
        of: `${drawn.order}/${drawn.size}`,
        filterMs: median(() => filters.drawnSubset(drawn, graph, f, null)),
        exportCopyMs: median(() => files.drawnSubgraph(drawn, subset)),
      };
    }
  }
  console.log(JSON.stringify({ bench: 'viewer-filters', graph: { nodes, edges } }));
  console.table(rows);
} finally {
  await server.close();
}
