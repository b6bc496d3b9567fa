import { describe, expect, it } from 'vitest';
import { openViewer, SEED, saveShot, seedViewer, skipReason } from './harness.js';

/** The viewer's test handle, as far as this test reads it. */
type Explored = { __parley?: { session: { source: { order: number; hasNode: (k: string) => boolean } } } };

const reason = skipReason();
if (reason) console.warn(`viewer exploration tests skipped: ${reason}`);

describe.skipIf(reason !== null)(`viewer exploration in chromium (${reason ?? 'seed graph'})`, () => {
  const fixture = seedViewer();

  it('opens an overview within the budget and expands a node with its neighbours from the server', async () => {
    const { app, page } = fixture();
    const degree = new Map<string, number>();
    for (const e of app.graph.edges)
      for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
    const actors = app.graph.nodes.filter((n) => n.attributes.kind === 'actor');
    const top = actors.sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0))[0]!;
    await openViewer(page, `${app.url}/?graph=${SEED}&explore=12&node=${encodeURIComponent(top.key)}`);
    const loaded = () =>
      page.evaluate(() => (window as unknown as Explored).__parley?.session.source.order ?? 0);
    await expect.poll(loaded).toBeGreaterThan(0);
    expect(await loaded()).toBeLessThanOrEqual(12);
    await page.click('[data-testid=expand]');
    const neighbours = new Set(
      app.graph.edges.flatMap((e) =>
        e.source === top.key ? [e.target] : e.target === top.key ? [e.source] : [],
      ),
    );
    await expect.poll(loaded).toBeGreaterThan(12);
    const missing = await page.evaluate(
      (keys) => keys.filter((k) => !(window as unknown as Explored).__parley?.session.source.hasNode(k)),
      [...neighbours],
    );
    expect(missing).toEqual([]);
    expect(new URL(page.url()).searchParams.get('explore')).toBe('12');
    await saveShot(page, 'viewer-explore');
  });
});

describe.skipIf(reason !== null)(`viewer path finding in chromium (${reason ?? 'seed graph'})`, () => {
  const fixture = seedViewer();

  it("finds the path from an actor's panel to another actor, each step a link", async () => {
    const { app, page } = fixture();
    const res = await fetch(`${app.url}/api/graphs/${SEED}/actors?limit=2`);
    const [a, b] = ((await res.json()) as { items: { key: string; label: string }[] }).items;
    await openViewer(page, `${app.url}/?graph=${SEED}&node=${encodeURIComponent(a!.key)}`);
    await page.fill('[data-testid=path-to]', b!.label);
    await page.click('[data-section=path-to] button[type=submit]');
    const steps = page.locator('[data-testid=path-result] li');
    await expect.poll(() => steps.count()).toBeGreaterThanOrEqual(2);
    const expected = (await (
      await fetch(
        `${app.url}/api/graphs/${SEED}/path?from=${encodeURIComponent(a!.key)}&to=${encodeURIComponent(b!.key)}`,
      )
    ).json()) as { nodes: { label: string }[] };
    expect(await steps.allTextContents()).toEqual(expected.nodes.map((n) => n.label));
  });

  it('suggests only nodes the filters leave drawn', async () => {
    const { app, page } = fixture();
    const neighbours = new Map<string, Set<string>>();
    for (const e of app.graph.edges)
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const)
        neighbours.set(a!, (neighbours.get(a!) ?? new Set()).add(b!));
    const actors = app.graph.nodes.filter((n) => n.attributes.kind === 'actor');
    const degree = (key: string) => neighbours.get(key)?.size ?? 0;
    const lonely = actors.find((n) => degree(n.key) === 1 && n.attributes.label.length > 5)!;
    const busy = actors.sort((a, b) => degree(b.key) - degree(a.key))[0]!;
    await openViewer(page, `${app.url}/?graph=${SEED}&minDegree=3`);
    const hit = (key: string) => page.locator(`#search-results .hit[data-node="${key}"]`);
    await page.fill('#search', busy.attributes.label);
    await expect.poll(() => hit(busy.key).count()).toBe(1);
    // a node the filter hides is not offered, though its name is typed in full
    await page.fill('#search', lonely.attributes.label);
    await page.waitForTimeout(300);
    expect(await hit(lonely.key).count()).toBe(0);
  });
});
