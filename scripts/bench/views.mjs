// Size and speed of the viewer's views (apps/viewer/src/views) on a built graph: node and edge
// counts of each view, and the time to derive the actor view, its Louvain communities and its
// metrics (degree, weighted degree, PageRank, betweenness). Loads the viewer's TypeScript through
// vite, as the browser does. Median of 5 runs after one warm-up.
//
//   node_modules/.bin/parley build ../shared/eval/polnear/heldout/text --out /tmp/v-h.json
//   node scripts/bench/views.mjs /tmp/v-h.json
import { existsSync, readFileSync } from 'node:fs';
import { median5, viewerModules } from './lib/viewer-modules.mjs';

const file = process.argv[2] ?? '/tmp/v-h.json';
if (!existsSync(file)) {
  console.log(`skipped: ${file} is absent (build a graph with parley build first)`);
  process.exit(0);
}
const server = await viewerModules();
try {
  const { loadGraph } = await server.load('/src/graph/load.ts');
  const views = await server.load('/src/views/index.ts');
  const { graph } = loadGraph(JSON.parse(readFileSync(file, 'utf8')));

  const rows = {};
  for (const name of views.VIEW_NAMES) {
    const drawn = views.drawnGraph(graph, name);
    rows[name] = { nodes: drawn.order, edges: drawn.size };
  }
  const actors = views.actorView(graph);
  rows.actors.isolatedActorsLeftOut = actors.getAttribute('isolatedActors');
  rows.actors.communities = new Set(views.communities(actors).values()).size;
  const ms = {
    actorView: median5(() => views.actorView(graph)),
    proposalView: median5(() => views.proposalView(graph)),
    louvain: median5(() => views.communities(actors)),
    metrics: median5(() => {
      for (const m of views.METRICS) views.nodeMetric(actors, m);
    }),
    actorViewLouvainAndMetrics: median5(() => views.analyse(views.actorView(graph))),
    fullGraphBetweenness: median5(() => views.nodeMetric(views.drawnGraph(graph, 'full'), 'betweenness')),
  };
  for (const k of Object.keys(ms)) ms[k] = Number(ms[k].toFixed(1));
  console.log(
    JSON.stringify(
      { graph: file, loaded: { nodes: graph.order, edges: graph.size }, views: rows, ms },
      null,
      2,
    ),
  );
} finally {
  await server.close();
}
