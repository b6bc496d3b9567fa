// Benchmark: the viewer in headless chromium, on the seed graph and on a generated graph of
// 10,000 nodes and 50,000 edges. Reports, per graph (median of --runs page loads), in ms from
// navigation start unless said otherwise:
//   - receivedMs: graph JSON downloaded and parsed; loadedMs: validated and in graphology
//   - firstFrameMs: sigma's first drawn frame
//   - settledMs: ForceAtlas2 (web worker) settled and stopped by itself, noverlap done
//   - layoutFps: frames per second the page draws in the 3 s after the first frame (layout running)
//   - hoverMs: what hovering a node costs: reducers re-run and one render, no re-indexing
//   - reducersMs: the viewer's share of that, one pass of its node and edge reducers
//   - searchMs: one autocomplete query over names, aliases and statement text
// Headless chromium here renders WebGL in software (SwiftShader), so render-bound figures
// (firstFrameMs, hoverMs, layoutFps) are far worse than on any machine with a GPU.
// Usage: node scripts/bench/viewer-load.mjs [--runs 3] [--nodes 10000] [--edges 50000]
// Needs the built core, API and viewer (pnpm build) and Debian's chromium at /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM, launchChromium } from '../lib/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const viewerDir = join(root, 'apps/viewer/dist');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
  },
});

const missing = [
  [CHROMIUM, 'apt-get install chromium'],
  [join(viewerDir, 'index.html'), 'pnpm --filter @parley/viewer build'],
  [join(root, 'apps/api/dist/index.js'), 'pnpm --filter @parley/api build'],
  [join(root, 'packages/core/dist/index.js'), 'pnpm --filter @parley/core build'],
].filter(([path]) => !existsSync(path));
if (missing.length) {
  for (const [path, fix] of missing) console.log(`viewer-load: skipped, ${path} is missing (${fix})`);
  process.exit(0);
}

const { createApp } = await import(join(root, 'apps/api/dist/index.js'));
const { buildGraph, extractArticle } = await import(join(root, 'packages/core/dist/index.js'));
// Reads core's build too: imported once the check above has found it.
const { syntheticGraph } = await import('./lib/synthetic-graph.mjs');

/** Builds the seed graph the way `parley build` does (articles beside graph.json). */
async function writeSeed(graphsDir) {
  const src = join(root, 'graphs/ukraine-peace-talks/articles');
  const dir = join(graphsDir, 'seed');
  await mkdir(dir, { recursive: true });
  await cp(src, join(dir, 'articles'), { recursive: true });
  const files = (await readdir(src)).filter((f) => f.endsWith('.txt')).sort();
  const extractions = [];
  for (const f of files)
    extractions.push(extractArticle(await readFile(join(src, f), 'utf8'), { id: f.slice(0, -4) }));
  const graph = buildGraph(extractions, { name: 'seed', layout: true });
  await writeFile(join(dir, 'graph.json'), JSON.stringify(graph.export()));
  return { name: 'seed', nodes: graph.order, edges: graph.size };
}

async function writeSynthetic(graphsDir, nodes, edges) {
  const name = `synthetic-${nodes}`;
  const graph = syntheticGraph({ nodes, edges });
  await mkdir(join(graphsDir, name), { recursive: true });
  await writeFile(join(graphsDir, name, 'graph.json'), JSON.stringify(graph));
  return { name, nodes: graph.nodes.length, edges: graph.edges.length };
}

/** One page load: marks, layout-time frame rate, hover and search costs, measured in the page. */
async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => performance.getEntriesByName('parley:first-frame').length > 0, null, {
        timeout: 120_000,
        polling: 250,
      })
      .catch(async (error) => {
        throw new Error(
          `no first frame on ${url}; status: ${await page.textContent('#status')} (${error.message})`,
        );
      });
    // Frames the main thread manages in the 3 s after the first frame, while the layout runs.
    const fps = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let frames = 0;
          let open = true;
          const tick = () => {
            frames++;
            if (open) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          setTimeout(() => {
            open = false;
            resolve(frames / 3);
          }, 3000);
        }),
    );
    await page.waitForFunction(() => performance.getEntriesByName('parley:layout-settled').length > 0, null, {
      timeout: 120_000,
      polling: 250,
    });
    return await page.evaluate((measuredFps) => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const { session } = window.__parley;
      const sigma = session.view.sigma;
      const time = (n, fn) => {
        const t = performance.now();
        for (let i = 0; i < n; i++) fn(i);
        return (performance.now() - t) / n;
      };
      const graph = sigma.getGraph();
      const nodes = graph.nodes();
      // What hovering does: new focus, reducers re-run, one render, no re-indexing.
      const hover = time(6, (i) => {
        sigma.emit('enterNode', { node: nodes[(i * 997) % nodes.length] });
        sigma.emit('leaveNode', { node: nodes[(i * 997) % nodes.length] });
      });
      // The viewer's own share of it: one pass of its node and edge reducers.
      const nodeReducer = sigma.getSetting('nodeReducer');
      const edgeReducer = sigma.getSetting('edgeReducer');
      sigma.emit('enterNode', { node: nodes[0] });
      const reducers = time(10, () => {
        graph.forEachNode((n, a) => nodeReducer(n, a));
        graph.forEachEdge((e, a) => edgeReducer(e, a));
      });
      sigma.emit('leaveNode', { node: nodes[0] });
      const search = time(20, (i) => session.search.search(['an', 'putin', 'said', 'ceasefire'][i % 4]));
      return {
        receivedMs: mark('parley:graph-received'),
        loadedMs: mark('parley:graph-loaded'),
        firstFrameMs: mark('parley:first-frame'),
        settledMs: mark('parley:layout-settled'),
        layoutFps: measuredFps,
        hoverMs: hover / 2,
        reducersMs: reducers,
        searchMs: search,
      };
    }, fps);
  } finally {
    await page.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const graphsDir = await mkdtemp(join(tmpdir(), 'parley-viewer-bench-'));
const server = createApp({ graphsDir, viewerDir, logger: false }).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
try {
  const graphs = [
    await writeSeed(graphsDir),
    await writeSynthetic(graphsDir, Number(values.nodes), Number(values.edges)),
  ];
  for (const g of graphs) {
    // The API loads and indexes a graph on first use: warm it so the figures are the viewer's.
    await fetch(`${base}/api/graphs`);
    await (await fetch(`${base}/api/graphs/${g.name}`)).arrayBuffer();
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) {
      // A fresh browser per page load: a closed page's software-WebGL work must not bleed into the next.
      const browser = await launchChromium();
      try {
        runs.push(await measure(browser, `${base}/?graph=${g.name}`));
      } finally {
        await browser.close();
      }
    }
    const figures = { graph: g.name, nodes: g.nodes, edges: g.edges, runs: runs.length };
    for (const key of Object.keys(runs[0])) figures[key] = Number(median(runs.map((r) => r[key])).toFixed(1));
    console.log(JSON.stringify(figures));
  }
} finally {
  server.closeAllConnections();
  server.close();
  await rm(graphsDir, { recursive: true, force: true });
}
