import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@parley/api';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeCorpusFolder } from '../../apps/api/src/testing/time-corpus.js';
import {
  artifactsDir,
  launchBrowser,
  openViewer,
  type RunningApp,
  SEED,
  type SeedGraph,
  saveShot,
  seedViewer,
  skipReason,
  viewerDir,
} from './harness.js';

const reason = skipReason();
if (reason) console.warn(`viewer filter tests skipped: ${reason}`);

/** The status bar's "N of M nodes · E of F edges", as numbers. */
async function statusCounts(page: Page): Promise<number[] | undefined> {
  const text = (await page.textContent('#status')) ?? '';
  return /([\d,]+) of ([\d,]+) nodes · ([\d,]+) of ([\d,]+) edges/
    .exec(text)
    ?.slice(1)
    .map((n) => Number(n.replace(/,/g, '')));
}

/**
 * What sigma draws now (nodes and edges not hidden by the reducers) and where the drawn nodes
 * fall on the stage, in pixels, read through the viewer's test handle.
 */
function drawnNow(page: Page) {
  return page.evaluate(() => {
    type Point = { x: number; y: number };
    type Handle = {
      session: {
        graph: {
          filterNodes(f: (k: string) => boolean): string[];
          filterEdges(f: (k: string) => boolean): string[];
        };
        view: {
          sigma: {
            getNodeDisplayData(k: string): (Point & { hidden?: boolean }) | undefined;
            getEdgeDisplayData(k: string): { hidden?: boolean } | undefined;
            framedGraphToViewport(p: Point): Point;
            getDimensions(): { width: number; height: number };
            getCamera(): { getState(): { x: number; y: number; ratio: number } };
          };
        };
      };
    };
    const { session } = (window as unknown as { __parley: Handle }).__parley;
    const sigma = session.view.sigma;
    const nodes = session.graph.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden !== true);
    const edges = session.graph.filterEdges((e) => sigma.getEdgeDisplayData(e)?.hidden !== true);
    const points = nodes.map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n) as Point));
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const box = {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    };
    return { nodes, edges, box, stage: sigma.getDimensions(), camera: sigma.getCamera().getState() };
  });
}

/** True when the drawn nodes lie on the stage and span at least a third of its width or height. */
function framed(d: Awaited<ReturnType<typeof drawnNow>>): boolean {
  const { box, stage } = d;
  const inside = box.left >= 0 && box.top >= 0 && box.right <= stage.width && box.bottom <= stage.height;
  const span = Math.max((box.right - box.left) / stage.width, (box.bottom - box.top) / stage.height);
  return inside && span > 1 / 3;
}

/** Nodes of the served graph with at least `min` distinct neighbours, and the edges between them. */
function byDegree(graph: SeedGraph, min: number): { nodes: Set<string>; edges: number } {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const nodes = new Set(graph.nodes.map((n) => n.key).filter((k) => (neighbours.get(k)?.size ?? 0) >= min));
  return { nodes, edges: graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).length };
}

/** A PNG's size and the colours of some of its pixels, decoded in a blank page (no image library needed). */
async function pngPixels(browser: Browser, png: Buffer, points: [number, number][]) {
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(
      async ({ b64, points }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.width, img.height];
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const hex = (d: Uint8ClampedArray) =>
          `#${Array.from(d.slice(0, 3), (v) => v.toString(16).padStart(2, '0')).join('')}`;
        const header = ctx.getImageData(0, 0, img.width, 100).data;
        let dark = 0;
        for (let i = 0; i < header.length; i += 4) if ((header[i] ?? 255) < 100) dark++;
        return {
          width: img.width,
          height: img.height,
          colours: points.map(([x, y]) => hex(ctx.getImageData(x, y, 1, 1).data)),
          darkInHeader: dark,
        };
      },
      { b64: png.toString('base64'), points },
    );
  } finally {
    await blank.close();
  }
}

/** Opens the top bar's export menu unless it is open. */
async function openExportMenu(page: Page): Promise<void> {
  if (!(await page.isVisible('[data-testid=export-graphml]'))) await page.click('[data-testid=export-menu]');
}

/** Clicks an export button and returns the text of each file it downloads. */
async function exported(page: Page, testId: string, files = 1): Promise<Map<string, string>> {
  const downloads: Promise<import('playwright-core').Download>[] = [];
  const seen = new Promise<void>((resolve) => {
    page.on('download', function onDownload(d) {
      downloads.push(Promise.resolve(d));
      if (downloads.length === files) {
        page.off('download', onDownload);
        resolve();
      }
    });
  });
  await openExportMenu(page);
  await page.click(`[data-testid=${testId}]`);
  await seen;
  const out = new Map<string, string>();
  for (const d of await Promise.all(downloads))
    out.set(d.suggestedFilename(), await readFile((await d.path()) as string, 'utf8'));
  return out;
}

/** The first column (the key) of a CSV's rows, header left out. */
const csvKeys = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[0]);

describe.skipIf(reason !== null)(`viewer filters in chromium (${reason ?? 'seed graph'})`, () => {
  const fixture = seedViewer();
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  beforeAll(() => {
    ({ app, browser, page } = fixture());
  });

  it('a minimum degree draws exactly the nodes that have it, counts nodes and edges, and stays in the URL', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}`);
    const [nodes, edges] = [app.graph.nodes.length, app.graph.edges.length];
    await expect.poll(() => statusCounts(page)).toEqual([nodes, nodes, edges, edges]);
    await page.fill('input[data-filter=minDegree]', '4');
    await page.dispatchEvent('input[data-filter=minDegree]', 'change');
    const want = byDegree(app.graph, 4);
    expect(want.nodes.size).toBeLessThan(nodes);
    await expect.poll(() => statusCounts(page)).toEqual([want.nodes.size, nodes, want.edges, edges]);
    const shown = await drawnNow(page);
    expect(new Set(shown.nodes)).toEqual(want.nodes);
    expect(shown.edges.length).toBe(want.edges);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('minDegree=4');
    // The address brings the filter back.
    await openViewer(page, `${app.url}/?graph=${SEED}&minDegree=4`);
    await expect.poll(() => statusCounts(page)).toEqual([want.nodes.size, nodes, want.edges, edges]);
    expect(await page.inputValue('input[data-filter=minDegree]')).toBe('4');
  });

  it('the camera frames what an ego network leaves, and the whole graph again when it is off', async () => {
    // The actor with the fewest links: its neighbourhood is a small part of the picture.
    const actors = app.graph.nodes.filter((n) => n.attributes.kind === 'actor').map((n) => n.key);
    const links = (k: string) => app.graph.edges.filter((e) => e.source === k || e.target === k).length;
    const lonely = actors.filter((k) => links(k) > 0).sort((a, b) => links(a) - links(b))[0] as string;
    await openViewer(page, `${app.url}/?graph=${SEED}&node=${encodeURIComponent(lonely)}`);
    const before = await drawnNow(page);
    await page.locator('[data-control=ego] button[data-value="1"]').click();
    await expect.poll(async () => (await drawnNow(page)).nodes.length).toBeLessThan(before.nodes.length);
    await expect.poll(async () => framed(await drawnNow(page)), { timeout: 5000 }).toBe(true);
    const ego = await drawnNow(page);
    expect(ego.camera.ratio).toBeLessThan(before.camera.ratio);
    await saveShot(page, 'filter-ego-framed');
    await page.locator('[data-control=ego] button[data-value="0"]').click();
    await expect.poll(async () => (await drawnNow(page)).camera.ratio, { timeout: 5000 }).toBeCloseTo(1, 2);
  });

  it('a selection lights up only the neighbours it has through the edges drawn', async () => {
    const said = app.graph.edges.filter((e) => e.attributes.type === 'said');
    const speaker = said
      .map((e) => e.source)
      .sort(
        (a, b) => said.filter((e) => e.source === b).length - said.filter((e) => e.source === a).length,
      )[0] as string;
    const around = (keep: (type: string) => boolean) =>
      new Set(
        app.graph.edges
          .filter((e) => (e.source === speaker || e.target === speaker) && keep(e.attributes.type))
          .map((e) => (e.source === speaker ? e.target : e.source)),
      );
    const through = around((t) => t !== 'said');
    const onlySaid = [...around((t) => t === 'said')].filter((n) => !through.has(n));
    expect(onlySaid.length).toBeGreaterThan(0);
    await openViewer(page, `${app.url}/?graph=${SEED}&node=${encodeURIComponent(speaker)}&hideEdges=said`);
    const colours = await page.evaluate((keys) => {
      type Handle = {
        session: { view: { sigma: { getNodeDisplayData(k: string): { color: string } | undefined } } };
      };
      const sigma = (window as unknown as { __parley: Handle }).__parley.session.view.sigma;
      return keys.map((k) => sigma.getNodeDisplayData(k)?.color);
    }, onlySaid);
    // '#e2e8f0' is the viewer's dimmed node colour (style/palette.ts DIM_NODE).
    expect(new Set(colours)).toEqual(new Set(['#e2e8f0']));
  });

  it('hiding isolated nodes after hiding edge types leaves no node without a drawn edge', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}&hideEdges=contains,mentions&isolated=hide`);
    const total = app.graph.nodes.length;
    await expect.poll(async () => (await statusCounts(page))?.[0]).toBeLessThan(total);
    const shown = await drawnNow(page);
    const counts = (await statusCounts(page)) as number[];
    expect(counts[0]).toBe(shown.nodes.length);
    expect(counts[2]).toBe(shown.edges.length);
    const ends = new Set(
      app.graph.edges.filter((e) => shown.edges.includes(e.key)).flatMap((e) => [e.source, e.target]),
    );
    expect(new Set(shown.nodes)).toEqual(ends);
    expect(
      app.graph.edges.filter((e) => shown.edges.includes(e.key)).map((e) => e.attributes.type),
    ).not.toContain('mentions');
    expect(await page.isChecked('input[data-filter=hideIsolated]')).toBe(true);
  });
  it('exports of a filtered view hold exactly what is drawn; the whole-graph switch exports everything', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}&minDegree=4&hideEdges=contains`);
    await expect.poll(async () => (await statusCounts(page))?.[0]).toBeLessThan(app.graph.nodes.length);
    const shown = await drawnNow(page);
    const files = await exported(page, 'export-graphml');
    expect([...files.keys()]).toEqual([`${SEED}-full.graphml`]);
    const parsed = parseGraphml(MultiDirectedGraph, [...files.values()][0] as string);
    expect(new Set(parsed.nodes())).toEqual(new Set(shown.nodes));
    expect(new Set(parsed.edges())).toEqual(new Set(shown.edges));
    expect(parsed.someEdge((_e, a) => a.type === 'contains')).toBe(false);
    const gexf = parseGexf(
      MultiDirectedGraph,
      [...(await exported(page, 'export-gexf')).values()][0] as string,
    );
    expect(new Set(gexf.nodes())).toEqual(new Set(shown.nodes));
    expect(gexf.size).toBe(shown.edges.length);
    const csv = await exported(page, 'export-csv', 2);
    expect([...csv.keys()].sort()).toEqual([`${SEED}-full-edges.csv`, `${SEED}-full-nodes.csv`]);
    expect(new Set(csvKeys(csv.get(`${SEED}-full-nodes.csv`) as string))).toEqual(new Set(shown.nodes));
    expect(csvKeys(csv.get(`${SEED}-full-edges.csv`) as string).length).toBe(shown.edges.length);
    await openExportMenu(page);
    await page.check('[data-testid=export-whole]');
    const whole = parseGraphml(
      MultiDirectedGraph,
      [...(await exported(page, 'export-graphml')).values()][0] as string,
    );
    expect(whole.order).toBe(app.graph.nodes.length);
    expect(whole.size).toBe(app.graph.edges.length);
  });

  it('the data table of a filtered actor view lists what is drawn, coloured and grouped by the communities', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}&view=actors&minWeight=2`);
    const shown = await drawnNow(page);
    await page.locator('#toggle-table').click();
    await expect
      .poll(() => page.textContent('[data-testid=table-count]'))
      .toContain(`${shown.nodes.length} nodes drawn`);
    await page.locator('[data-testid=table-group]').click();
    const groups = page.locator('#data-table tr.group-row');
    const communities = await page.evaluate(() => {
      type Handle = { session: { tableRows(): { key: string; community: number | null }[] } };
      const rows = (window as unknown as { __parley: Handle }).__parley.session.tableRows();
      return [...new Set(rows.map((r) => r.community))].sort((a, b) => (a ?? 0) - (b ?? 0));
    });
    await expect.poll(() => groups.count()).toBe(communities.length);
    expect(
      await groups.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-community')))),
    ).toEqual(communities);
    // Each row's name swatch is the colour its node is drawn with, and its group's colour.
    const colours = await page.evaluate(() => {
      type Handle = {
        session: { view: { sigma: { getNodeDisplayData(k: string): { color: string } | undefined } } };
      };
      const sigma = (window as unknown as { __parley: Handle }).__parley.session.view.sigma;
      const hex = (rgb: string) =>
        `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      let group = '';
      return Array.from(document.querySelectorAll<HTMLElement>('#data-table tbody tr')).flatMap((tr) => {
        const swatch = tr.querySelector<HTMLElement>('.swatch');
        if (tr.classList.contains('group-row')) {
          group = hex(swatch?.style.background ?? '');
          return [];
        }
        const key = tr.dataset.key as string;
        return [
          { swatch: hex(swatch?.style.background ?? ''), drawn: sigma.getNodeDisplayData(key)?.color, group },
        ];
      });
    });
    expect(colours.length).toBe(shown.nodes.length);
    for (const c of colours) {
      expect(c.swatch).toBe(c.drawn?.toLowerCase());
      expect(c.swatch).toBe(c.group);
    }
    await saveShot(page, 'table-communities');
    await page.locator('#toggle-table').click();
  });

  it('the PNG is at 2x with the title and the legend of what is drawn, in the colours drawn', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}&view=actors&isolated=hide`);
    await openExportMenu(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=export-png]'),
    ]);
    expect(download.suggestedFilename()).toBe(`${SEED}-actors.png`);
    const png = await readFile((await download.path()) as string);
    await mkdir(artifactsDir, { recursive: true });
    await writeFile(join(artifactsDir, 'viewer-export-actors.png'), png);
    const { stage, legend } = await page.evaluate(() => {
      type Entry = { color: string; line: boolean; name: string };
      type Handle = {
        session: {
          caption(): { legend: Entry[] };
          view: { sigma: { getDimensions(): { width: number; height: number } } };
        };
      };
      const { session } = (window as unknown as { __parley: Handle }).__parley;
      return { stage: session.view.sigma.getDimensions(), legend: session.caption().legend };
    });
    expect(legend.some((e) => !e.line)).toBe(true);
    expect(legend.some((e) => e.line)).toBe(true);
    // The centre of each legend dot: a column 12 px right of the graph and under the 56 px title
    // band, 18 px rows, dots 17 px into the card; at 2x.
    const dot = (i: number): [number, number] => [
      (stage.width + 12 + 17) * 2,
      (56 + 12 + 6 + i * 18 + 9) * 2,
    ];
    const dots = legend.map((e, i) => [e, dot(i)] as const).filter(([e]) => !e.line);
    const pixels = await pngPixels(
      browser,
      png,
      dots.map(([, p]) => p as [number, number]),
    );
    expect(pixels.height).toBe((stage.height + 56) * 2);
    expect(pixels.width).toBeGreaterThan((stage.width + 100) * 2);
    expect(pixels.colours).toEqual(dots.map(([e]) => e.color.toLowerCase()));
    expect(pixels.darkInHeader).toBeGreaterThan(200);
  });

  it('the SVG holds exactly the drawn nodes and edges, with the title and legend, and parses', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}&minDegree=4`);
    await expect.poll(async () => (await statusCounts(page))?.[0]).toBeLessThan(app.graph.nodes.length);
    const shown = await drawnNow(page);
    const [name, svg] = [...(await exported(page, 'export-svg')).entries()][0] as [string, string];
    expect(name).toBe(`${SEED}-full.svg`);
    const fromXml = (v: string) => v.replace(/&#(\d+);/g, (_m, code) => String.fromCharCode(Number(code)));
    const keys = (attr: string) =>
      [...svg.matchAll(new RegExp(`${attr}="([^"]+)"`, 'g'))].map((m) => fromXml(m[1] as string));
    expect(new Set(keys('data-node'))).toEqual(new Set(shown.nodes));
    expect(new Set(keys('data-edge'))).toEqual(new Set(shown.edges));
    expect(svg).toContain(`${SEED} · Full graph`);
    expect(svg).toContain('min. degree 4');
    expect(svg).toContain('data-layer="legend"');
    const errors = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length,
      svg,
    );
    expect(errors).toBe(0);
  });

  it('an export of the filtered actor view holds its drawn actors and merged edges, coloured as drawn', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}&view=actors&minWeight=2&isolated=hide`);
    await expect.poll(async () => (await statusCounts(page))?.[2]).toBeGreaterThan(0);
    const shown = await drawnNow(page);
    const total = (await statusCounts(page))?.[1] ?? 0;
    expect(shown.nodes.length).toBeGreaterThan(1);
    expect(shown.nodes.length).toBeLessThan(total);
    const xml = [...(await exported(page, 'export-graphml')).values()][0] as string;
    const parsed = parseGraphml(MultiDirectedGraph, xml);
    expect(new Set(parsed.nodes())).toEqual(new Set(shown.nodes));
    expect(new Set(parsed.edges())).toEqual(new Set(shown.edges));
    parsed.forEachEdge((_e, a) => expect(a.weight).toBeGreaterThanOrEqual(2));
    parsed.forEachNode((_n, a) => expect(a.color).toMatch(/^#[0-9a-f]{6}$/i));
  });
});

describe.skipIf(reason !== null)(
  `viewer publisher filter in chromium (${reason ?? 'fixture corpus'})`,
  () => {
    let dir: string;
    let server: Server;
    let url: string;
    let browser: Browser;
    let page: Page;
    let graph: SeedGraph;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'parley-viewer-filters-'));
      const folder = await timeCorpusFolder(dir, { layout: true });
      graph = JSON.parse(await readFile(join(folder, 'graph.json'), 'utf8')) as SeedGraph;
      server = createApp({ graphsDir: dir, viewerDir, logger: false }).listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await rm(dir, { recursive: true, force: true });
    });

    it("keeps one publisher's articles and what they hold, framed, with the counts of what is drawn", async () => {
      const articles = graph.nodes.filter((n) => n.attributes.kind === 'article');
      const publisher = articles.find((a) => a.attributes.publisher)?.attributes.publisher as string;
      expect(publisher).toBeTruthy();
      await openViewer(page, `${url}/?graph=time-corpus`);
      const total = graph.nodes.length;
      await expect.poll(async () => (await statusCounts(page))?.[0]).toBe(total);
      await page.selectOption('select[data-filter=publisher]', publisher);
      await expect.poll(async () => (await statusCounts(page))?.[0]).toBeLessThan(total);
      await expect.poll(() => page.evaluate(() => window.location.search)).toContain('publisher=');
      const shown = await drawnNow(page);
      const kind = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
      const drawnArticles = shown.nodes.filter((n) => kind.get(n)?.kind === 'article');
      expect(drawnArticles.length).toBe(articles.filter((a) => a.attributes.publisher === publisher).length);
      for (const a of drawnArticles) expect(kind.get(a)?.publisher).toBe(publisher);
      // Every drawn statement is one of the publisher's articles.
      const ids = new Set(drawnArticles.map((a) => kind.get(a)?.id));
      for (const n of shown.nodes.filter((k) => kind.get(k)?.kind === 'statement'))
        expect(ids.has(kind.get(n)?.article)).toBe(true);
      const counts = (await statusCounts(page)) as number[];
      expect([counts[0], counts[2]]).toEqual([shown.nodes.length, shown.edges.length]);
      await expect.poll(async () => framed(await drawnNow(page)), { timeout: 5000 }).toBe(true);
      await saveShot(page, 'filter-publisher');
    });

    it('an article filter from the address is framed, and framed again once the layout has settled', async () => {
      const article = graph.nodes.find((n) => n.attributes.kind === 'article')?.attributes.id as string;
      await openViewer(page, `${url}/?graph=time-corpus&article=${encodeURIComponent(article)}`);
      await expect.poll(async () => (await statusCounts(page))?.[0]).toBeLessThan(graph.nodes.length);
      await expect
        .poll(() => page.textContent('[data-testid=layout-status]'), { timeout: 20_000 })
        .toBe('layout settled');
      await expect.poll(async () => framed(await drawnNow(page)), { timeout: 5000 }).toBe(true);
      const shown = await drawnNow(page);
      expect(shown.camera.ratio).toBeLessThan(1);
      expect(await page.inputValue('select[data-filter=article]')).toBe(article);
    });
  },
);
