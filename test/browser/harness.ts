import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '@parley/api';
import { buildGraph, extractArticle } from '@parley/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export { CHROMIUM };
export const viewerDir = join(repoRoot, 'apps/viewer/dist');
export const artifactsDir = join(repoRoot, 'test/artifacts');
export const SEED = 'ukraine-peace-talks';

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `no browser at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(join(viewerDir, 'index.html')))
    return 'viewer not built (pnpm --filter @parley/viewer build)';
  return null;
}

/** Serialized graph as the API serves it, for computing what the page should show. */
export interface SeedGraph {
  nodes: { key: string; attributes: Record<string, unknown> & { kind: string; label: string } }[];
  edges: {
    key: string;
    source: string;
    target: string;
    attributes: Record<string, unknown> & { type: string };
  }[];
}

export interface RunningApp {
  url: string;
  graphsDir: string;
  graph: SeedGraph;
  close: () => Promise<void>;
}

/**
 * Builds the seed graph (real extraction, with layout) into a temp graphs dir, articles beside it
 * as `parley build` leaves them, and serves it with the built viewer on a free port.
 */
export async function startSeedApp(): Promise<RunningApp> {
  const graphsDir = await mkdtemp(join(tmpdir(), 'parley-viewer-'));
  const src = join(repoRoot, 'graphs', SEED, 'articles');
  const dir = join(graphsDir, SEED);
  await mkdir(dir, { recursive: true });
  await cp(src, join(dir, 'articles'), { recursive: true });
  const files = (await readdir(src)).filter((f) => f.endsWith('.txt')).sort();
  const extractions = await Promise.all(
    files.map(async (f) =>
      extractArticle(await readFile(join(src, f), 'utf8'), { id: f.replace(/\.txt$/, '') }),
    ),
  );
  const graph = buildGraph(extractions, { name: SEED, layout: true });
  const serialized = graph.export();
  await writeFile(join(dir, 'graph.json'), JSON.stringify(serialized));
  const server: Server = createApp({ graphsDir, viewerDir, logger: false }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    graphsDir,
    graph: serialized as unknown as SeedGraph,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(graphsDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers hooks that start the seed app, a browser and one page for a describe block.
 * @returns a getter for them (valid inside tests)
 */
export function seedViewer(viewport = { width: 1280, height: 800 }): () => {
  app: RunningApp;
  browser: Browser;
  page: Page;
} {
  let state: { app: RunningApp; browser: Browser; page: Page } | undefined;
  beforeAll(async () => {
    const app = await startSeedApp();
    const browser = await launchBrowser();
    state = { app, browser, page: await browser.newPage({ viewport }) };
  }, 120_000);
  afterAll(async () => {
    await state?.browser.close();
    await state?.app.close();
  });
  return () => {
    if (!state) throw new Error('seedViewer used outside a test');
    return state;
  };
}

/** Debian's chromium, headless, with software WebGL (SwiftShader) so sigma draws. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Opens the viewer and waits until the graph is drawn (the status bar shows the node count). */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Interval polling: the default polls on animation frames, which software WebGL can starve.
  await page.waitForFunction(() => performance.getEntriesByName('parley:first-frame').length > 0, null, {
    timeout: 30_000,
    polling: 100,
  });
}

/** Saves a screenshot of the page under test/artifacts/ (git-ignored). */
export async function saveShot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `viewer-${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Counts the pixels of a PNG that differ clearly from its most common colour (the background) and
 * the strongly coloured ones, decoding it in a blank page so no image library is needed.
 */
export async function inkedPixels(
  browser: Browser,
  png: Buffer,
): Promise<{ inked: number; saturated: number; total: number }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const freq = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const c = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
        freq.set(c, (freq.get(c) ?? 0) + 1);
      }
      const bg = [...freq.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const [br, bgc, bb] = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];
      let inked = 0;
      let saturated = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (Math.abs(r - br) + Math.abs(g - bgc) + Math.abs(b - bb) > 60) inked++;
        // Labels are near-black; strongly coloured pixels come from sigma's WebGL nodes and edges.
        if (Math.max(r, g, b) - Math.min(r, g, b) > 80) saturated++;
      }
      return { inked, saturated, total: data.length / 4 };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}
