import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openViewer, SEED, saveShot, seedViewer, skipReason } from './harness.js';

const reason = skipReason();
if (reason) console.warn(`viewer live-update tests skipped: ${reason}`);

/** The total node count of the status bar's "N of M nodes". */
async function totalNodes(page: Page): Promise<number | undefined> {
  const m = /of ([\d,]+) nodes/.exec((await page.textContent('#status')) ?? '');
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

describe.skipIf(reason !== null)(`viewer live updates in chromium (${reason ?? 'seed graph'})`, () => {
  const fixture = seedViewer();

  it('shows a notice and merges an ingested article in without a page reload, keeping the selection', async () => {
    const { app, page } = fixture();
    const putin = app.graph.nodes.find(
      (n) => n.attributes.kind === 'actor' && /Putin/.test(n.attributes.label),
    )!;
    await openViewer(page, `${app.url}/?graph=${SEED}&node=${encodeURIComponent(putin.key)}`);
    await expect.poll(() => totalNodes(page)).toBe(app.graph.nodes.length);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const article =
      'Finnish President Alexander Stubb said on Tuesday that Helsinki was "ready to host" the talks.';
    const posted = await fetch(`${app.url}/api/graphs/${SEED}/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: article,
    });
    expect(posted.status).toBe(201);
    await expect
      .poll(() => page.textContent('#toast'), { timeout: 15_000 })
      .toMatch(/Graph updated: 1 new article/);
    await expect.poll(() => totalNodes(page), { timeout: 15_000 }).toBeGreaterThan(app.graph.nodes.length);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    expect(new URL(page.url()).searchParams.get('node')).toBe(putin.key);
    expect(await page.textContent('#panel')).toMatch(/Putin/);
    await saveShot(page, 'viewer-live-update');
  });
});
