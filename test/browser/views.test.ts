import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  inkedPixels,
  openViewer,
  type RunningApp,
  SEED,
  type SeedGraph,
  saveShot,
  seedViewer,
  skipReason,
} from './harness.js';

const reason = skipReason();
if (reason) console.warn(`viewer views browser tests skipped: ${reason}`);

/** "A talks about B" pairs computed straight from the served graph: A said S, S mentions B. */
function talksAboutPairs(graph: SeedGraph): Set<string> {
  const kind = new Map(graph.nodes.map((n) => [n.key, n.attributes.kind]));
  const mentions = graph.edges.filter((e) => e.attributes.type === 'mentions');
  const pairs = new Set<string>();
  for (const said of graph.edges.filter((e) => e.attributes.type === 'said')) {
    for (const m of mentions.filter((e) => e.source === said.target)) {
      if (m.target !== said.source && kind.get(m.target) === 'actor' && kind.get(said.source) === 'actor')
        pairs.add(`${said.source}->${m.target}`);
    }
  }
  return pairs;
}

/** What sigma draws right now, read through the viewer's test handle (apps/viewer/src/main.ts). */
function drawn(page: Page) {
  return page.evaluate(() => {
    type Attrs = Record<string, unknown>;
    type Handle = {
      session: {
        graph: {
          mapNodes<T>(f: (k: string, a: Attrs) => T): T[];
          mapEdges<T>(f: (k: string, a: Attrs, s: string, t: string) => T): T[];
        };
        view: {
          sigma: {
            getNodeDisplayData(k: string): { size: number; color: string } | undefined;
            getEdgeDisplayData(k: string): { label: string | null; size: number } | undefined;
          };
        };
      };
    };
    const session = (window as unknown as { __parley: Handle }).__parley.session;
    const sigma = session.view.sigma;
    return {
      nodes: session.graph.mapNodes((key, a) => ({
        key,
        kind: a.kind as string,
        size: sigma.getNodeDisplayData(key)?.size ?? 0,
        color: sigma.getNodeDisplayData(key)?.color ?? '',
      })),
      edges: session.graph.mapEdges((key, a, source, target) => ({
        key,
        type: a.type as string,
        source,
        target,
        count: a.count as number,
        weight: a.weight as number,
        label: sigma.getEdgeDisplayData(key)?.label ?? null,
        size: sigma.getEdgeDisplayData(key)?.size ?? 0,
      })),
    };
  });
}

describe.skipIf(reason !== null)(`viewer views in chromium (${reason ?? 'seed graph'})`, () => {
  const fixture = seedViewer({ width: 1440, height: 900 });
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  beforeAll(() => {
    ({ app, browser, page } = fixture());
  });

  it('switching to the actor view draws only actors, with merged weighted edges and their counts', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openViewer(page, `${app.url}/?graph=${SEED}`);
    await page.locator('[data-view=actors]').click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('view=actors');
    await expect.poll(() => page.locator('[data-view=actors]').getAttribute('aria-pressed')).toBe('true');
    const view = await drawn(page);
    expect(view.nodes.length).toBeGreaterThan(3);
    expect(new Set(view.nodes.map((n) => n.kind))).toEqual(new Set(['actor']));
    await expect
      .poll(() => page.textContent('#status'))
      .toContain(`${view.nodes.length} of ${view.nodes.length} nodes`);
    // The view's "talks about" edges are exactly the pairs the served graph implies, one edge each.
    const talks = view.edges.filter((e) => e.type === 'talks_about');
    expect(new Set(talks.map((e) => `${e.source}->${e.target}`))).toEqual(talksAboutPairs(app.graph));
    expect(talks.length).toBe(talksAboutPairs(app.graph).size);
    // Every merged edge shows its count, and a heavier edge is drawn thicker.
    for (const e of view.edges) expect(e.label).toMatch(new RegExp(`×${e.count}\\b`));
    const light = Math.min(...view.edges.map((e) => e.size));
    const heavy = view.edges.find((e) => e.weight > 1);
    if (heavy) expect(heavy.size).toBeGreaterThan(light);
    // Communities colour the actors: more than one colour once there is more than one community.
    expect(new Set(view.nodes.map((n) => n.color)).size).toBeGreaterThan(1);
    // The colour key lists the communities; their sizes add up to the actors drawn.
    const sizes = await page.locator('[data-section=communities] .legend-row .count').allTextContents();
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.map(Number).reduce((x, y) => x + y, 0)).toBe(view.nodes.length);
    await page.waitForTimeout(800);
    const pixels = await inkedPixels(browser, await page.locator('[data-testid=graph]').screenshot());
    expect(pixels.saturated).toBeGreaterThan(200);
    await saveShot(page, 'actor-view');
    expect(errors).toEqual([]);
  });

  it('sizes by PageRank from the chooser, kept in the URL', async () => {
    const before = await drawn(page);
    await page.locator('[data-control=size] button[data-value=pagerank]').click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('size=pagerank');
    const after = await drawn(page);
    const changed = after.nodes.filter((n, i) => Math.abs(n.size - (before.nodes[i]?.size ?? 0)) > 0.01);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('lists the drawn nodes in a sortable table and downloads them as CSV', async () => {
    const view = await drawn(page);
    await page.locator('#toggle-table').click();
    await expect
      .poll(() => page.textContent('[data-testid=table-count]'))
      .toContain(`${view.nodes.length} nodes drawn`);
    expect(await page.locator('#data-table tbody tr').count()).toBe(view.nodes.length);
    await page.locator('#data-table [data-sort=name]').click();
    const names = await page.locator('#data-table tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=table-csv]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SEED}-actors-nodes.csv`);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const keys = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(new Set(keys)).toEqual(new Set(view.nodes.map((n) => n.key)));
    await page.locator('#data-table [data-table=edges]').click();
    await expect
      .poll(() => page.textContent('[data-testid=table-count]'))
      .toContain(`${view.edges.length} edges drawn`);
    // The heaviest edge comes first and quotes the statements behind it.
    const first = await page.locator('#data-table tbody tr').first().getAttribute('data-key');
    const heaviest = Math.max(...view.edges.map((e) => e.weight));
    expect(view.edges.find((e) => e.key === first)?.weight).toBe(heaviest);
    expect((await page.locator('#data-table tbody tr td').last().textContent())?.length).toBeGreaterThan(0);
    await saveShot(page, 'actor-table');
    await page.locator('#toggle-table').click();
  });

  it('shows proposals with their supporters and opponents, and Back returns to the previous view', async () => {
    await page.locator('[data-view=proposals]').click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('view=proposals');
    const view = await drawn(page);
    expect(new Set(view.nodes.map((n) => n.kind))).toEqual(new Set(['actor', 'proposal']));
    expect(new Set(view.edges.map((e) => e.type))).toEqual(
      new Set(
        app.graph.edges.map((e) => e.attributes.type).filter((t) => /^(proposes|supports|rejects)$/.test(t)),
      ),
    );
    await saveShot(page, 'proposal-view');
    await page.goBack();
    await expect.poll(() => page.locator('[data-view=actors]').getAttribute('aria-pressed')).toBe('true');
    expect(new Set((await drawn(page)).nodes.map((n) => n.kind))).toEqual(new Set(['actor']));
    await page.goBack();
    await expect.poll(() => page.locator('[data-view=full]').getAttribute('aria-pressed')).toBe('true');
    const total = app.graph.nodes.length;
    await expect.poll(() => page.textContent('#status')).toContain(`${total} of ${total} nodes`);
  });

  it("opens a statement from an actor's panel in the actor view in the full view", async () => {
    const view = await drawn(page);
    const speaker = app.graph.edges.find(
      (e) => e.attributes.type === 'said' && view.nodes.some((n) => n.key === e.source),
    );
    if (!speaker) throw new Error('no drawn actor said anything');
    await openViewer(
      page,
      `${app.url}/?graph=${SEED}&view=actors&node=${encodeURIComponent(speaker.source)}`,
    );
    const card = page
      .locator(`[data-testid=panel] [data-testid=statement-item][data-node="${speaker.target}"]`)
      .first();
    await card.click();
    await expect.poll(() => page.locator('[data-view=full]').getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('node')))
      .toBe(speaker.target);
  });

  it('the search box follows the views: Back to another view drops the suggestions of the old one', async () => {
    await openViewer(page, `${app.url}/?graph=${SEED}`);
    await page.locator('[data-view=actors]').click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('view=actors');
    await page.fill('#search', 'putn');
    await expect.poll(() => page.locator('#search-results').isVisible()).toBe(true);
    // Back leaves the focus in the box, so only the part's sync can close the list.
    await page.goBack();
    await expect.poll(() => page.locator('[data-view=full]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await expect.poll(() => page.locator('#search-results').isVisible()).toBe(false);
  });
});
