import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inkedPixels,
  launchBrowser,
  openViewer,
  type RunningApp,
  SEED,
  type SeedGraph,
  saveShot,
  skipReason,
  startSeedApp,
} from './harness.js';

const reason = skipReason();
if (reason) console.warn(`viewer browser tests skipped: ${reason}`);

const hasNetworkx =
  spawnSync('/usr/bin/python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

/** The actor the extraction gives for Putin (by label or alias), wherever extraction stands. */
function putinOf(graph: SeedGraph) {
  const actor = graph.nodes.find(
    (n) =>
      n.attributes.kind === 'actor' &&
      [n.attributes.label, ...((n.attributes.aliases as string[]) ?? [])].some((name) => /putin/i.test(name)),
  );
  if (!actor) throw new Error('the seed graph has no Putin actor');
  return actor;
}

const saidBy = (graph: SeedGraph, actor: string) =>
  graph.edges.filter((e) => e.attributes.type === 'said' && e.source === actor).map((e) => e.target);

const panelTitle = (page: Page) => page.locator('[data-testid=panel-title]');

/** The address bar as the page sees it (Playwright's page.url() can lag after a download). */
const addressOf = (page: Page) => page.evaluate(() => window.location.href);

async function searchAndChoose(page: Page, query: string, label: RegExp): Promise<void> {
  await page.fill('#search', query);
  const hit = page.locator('#search-results .hit', { hasText: label }).first();
  await hit.waitFor();
  await hit.dispatchEvent('mousedown');
}

describe.skipIf(reason !== null)(`viewer in chromium (${reason ?? 'seed graph'})`, () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startSeedApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads the seed graph and draws it (the canvas is not blank)', async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openViewer(page, `${app.url}/`);
    await expect.poll(() => addressOf(page)).toContain(`graph=${SEED}`);
    await expect.poll(() => page.textContent('#status')).toContain(`of ${app.graph.nodes.length} nodes`);
    await page.waitForTimeout(500);
    const canvas = await page.locator('[data-testid=graph]').screenshot();
    const pixels = await inkedPixels(browser, canvas);
    expect(pixels.inked).toBeGreaterThan(pixels.total * 0.002);
    expect(pixels.saturated).toBeGreaterThan(200);
    await saveShot(page, 'overview');
    expect(errors).toEqual([]);
  });

  it('searching "Putin" opens his panel listing his statements', async () => {
    const putin = putinOf(app.graph);
    await searchAndChoose(page, 'Putin', /Putin/);
    await expect.poll(() => panelTitle(page).textContent()).toBe(putin.attributes.label);
    const expected = saidBy(app.graph, putin.key);
    const cards = page.locator('[data-section=statements] [data-testid=statement-item]');
    await expect.poll(() => cards.count()).toBe(expected.length);
    const texts = await cards.locator('q').allTextContents();
    for (const key of expected) {
      const statement = app.graph.nodes.find((n) => n.key === key);
      expect(texts).toContain(statement?.attributes.text);
    }
    await expect.poll(() => addressOf(page)).toContain(`node=${encodeURIComponent(putin.key)}`);
    await page.waitForTimeout(700);
    await saveShot(page, 'actor-panel');
  });

  it('a mistyped or reordered search still suggests Putin first (core matcher)', async () => {
    const putin = putinOf(app.graph);
    for (const query of ['putn', 'Putin Vladimir']) {
      await page.fill('#search', query);
      const first = page.locator('#search-results .hit').first();
      await expect.poll(() => first.getAttribute('data-node')).toBe(putin.key);
    }
    await page.fill('#search', '');
    await page.locator('#search').blur();
  });

  it('clicking a statement shows its source sentence with the statement highlighted', async () => {
    // Putin's own statements when extraction found some, else any statement in his panel.
    const card = page.locator('[data-testid=panel] [data-testid=statement-item]').first();
    if ((await card.count()) === 0) {
      const any = app.graph.nodes.find((n) => n.attributes.kind === 'statement');
      if (!any) throw new Error('the seed graph has no statement');
      await searchAndChoose(page, String(any.attributes.text).slice(0, 30), /./);
    } else {
      await card.click();
    }
    await expect.poll(() => page.locator('[data-testid=panel]').getAttribute('data-kind')).toBe('statement');
    const selectedKey = async () => new URL(await addressOf(page)).searchParams.get('node') ?? '';
    await expect.poll(selectedKey).toMatch(/^statement:/);
    const key = await selectedKey();
    const statement = app.graph.nodes.find((n) => n.key === key);
    expect(statement?.attributes.kind).toBe('statement');
    const mark = page.locator('[data-testid=source] mark.source-highlight');
    await expect.poll(() => mark.textContent()).toBe(statement?.attributes.text);
    const source = (await page.textContent('[data-testid=source]')) ?? '';
    // The sentence around it is shown too, not just the highlighted words.
    expect(source.length).toBeGreaterThan(String(statement?.attributes.text).length);
    expect(source).not.toContain('unavailable');
    await page.waitForTimeout(700);
    await saveShot(page, 'statement-panel');
  });

  it('the statement filter hides every statement', async () => {
    const statements = app.graph.nodes.filter((n) => n.attributes.kind === 'statement').map((n) => n.key);
    const total = app.graph.nodes.length;
    await page.locator('input[data-filter=hiddenKinds][value=statement]').uncheck();
    await expect.poll(() => addressOf(page)).toContain('hide=statement');
    await expect
      .poll(() => page.textContent('#status'))
      .toContain(`${total - statements.length} of ${total} nodes`);
    const hidden = await page.evaluate((keys) => {
      // The viewer's test handle (see apps/viewer/src/main.ts).
      type Handle = {
        session: { view: { sigma: { getNodeDisplayData(k: string): { hidden: boolean } | undefined } } };
      };
      const sigma = (window as unknown as { __parley?: Handle }).__parley?.session.view.sigma;
      return keys.map((k) => sigma?.getNodeDisplayData(k)?.hidden === true);
    }, statements);
    expect(hidden).toEqual(statements.map(() => true));
    await saveShot(page, 'filtered');
    await page.locator('input[data-filter=hiddenKinds][value=statement]').check();
    await expect.poll(() => page.textContent('#status')).toContain(`${total} of ${total} nodes`);
  });

  it("each node kind's registered panel opens: a proposal's shows every stance, an article's its statements", async () => {
    const stances = app.graph.edges.filter((e) =>
      ['proposes', 'supports', 'rejects'].includes(e.attributes.type),
    );
    const proposal = stances[0]?.target;
    if (!proposal) throw new Error('the seed graph has no stance on a proposal');
    await openViewer(page, `${app.url}/?graph=${SEED}&node=${encodeURIComponent(proposal)}`);
    const panel = page.locator('[data-testid=panel]');
    await expect.poll(() => panel.getAttribute('data-kind')).toBe('proposal');
    const rows = new Set(
      stances.filter((e) => e.target === proposal).map((e) => `${e.attributes.type} ${e.source}`),
    );
    const shown = await panel
      .locator('.stance-row')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            `${el.querySelector('.stance')?.textContent} ${el.querySelector('.node-link')?.getAttribute('data-node')}`,
        ),
      );
    expect(shown.sort()).toEqual([...rows].sort());

    const article = app.graph.nodes.find((n) => n.attributes.kind === 'article');
    if (!article) throw new Error('the seed graph has no article');
    await openViewer(page, `${app.url}/?graph=${SEED}&node=${encodeURIComponent(article.key)}`);
    await expect.poll(() => panel.getAttribute('data-kind')).toBe('article');
    const contained = app.graph.edges.filter(
      (e) => e.source === article.key && e.attributes.type === 'contains',
    );
    const statements = new Set(contained.map((e) => e.target).filter((t) => t.startsWith('statement:'))).size;
    await expect
      .poll(() => panel.locator('[data-section=statements] [data-testid=statement-item]').count())
      .toBe(statements);
  });

  it.skipIf(!hasNetworkx)('the GraphML button downloads a file networkx reads', async () => {
    const download = page.waitForEvent('download');
    await page.click('[data-testid=export-menu]');
    await page.click('[data-testid=export-graphml]');
    const file = join(app.graphsDir, 'download.graphml');
    await (await download).saveAs(file);
    const out = execFileSync('/usr/bin/python3', [
      '-c',
      'import sys, networkx; g = networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())',
      file,
    ]).toString();
    expect(out.trim()).toBe(`${app.graph.nodes.length} ${app.graph.edges.length}`);
  });

  it('the PNG button downloads the current view as an image', async () => {
    const download = page.waitForEvent('download');
    await page.click('[data-testid=export-menu]');
    await page.click('[data-testid=export-png]');
    const file = join(app.graphsDir, 'view.png');
    await (await download).saveAs(file);
    const png = await readFile(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await inkedPixels(browser, png)).saturated).toBeGreaterThan(100);
  });

  it('reloading the copied URL restores the selection', async () => {
    const putin = putinOf(app.graph);
    await searchAndChoose(page, 'Putin', /Putin/);
    await expect.poll(() => addressOf(page)).toContain(`node=${encodeURIComponent(putin.key)}`);
    const copied = await addressOf(page);
    const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openViewer(again, copied);
    await expect.poll(() => panelTitle(again).textContent()).toBe(putin.attributes.label);
    expect(new URL(await addressOf(again)).searchParams.get('node')).toBe(putin.key);
    await again.close();
  });
});
