import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@parley/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeCorpusFolder } from '../../apps/api/src/testing/time-corpus.js';
import { launchBrowser, openViewer, saveShot, skipReason, viewerDir } from './harness.js';

const reason = skipReason();
if (reason) console.warn(`viewer time tests skipped: ${reason}`);

describe.skipIf(reason !== null)(`viewer over time in chromium (${reason ?? 'fixture corpus'})`, () => {
  let dir: string;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-viewer-time-'));
    await timeCorpusFolder(dir, { layout: true });
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

  it("shows an actor's timeline by date and the change of position, with its evidence", async () => {
    await openViewer(page, `${url}/?graph=time-corpus&node=${encodeURIComponent('actor:eva-lind')}`);
    const timeline = page.locator('[data-section=timeline] .timeline-row');
    await expect.poll(() => timeline.count()).toBe(5);
    const dates = await page.locator('[data-section=timeline] .timeline-date').allTextContents();
    expect(dates[0]).toMatch(/^2024-01-10/);
    expect(dates.at(-1)).toMatch(/^2024-02-20 · The Bulletin/);
    const change = page.locator('[data-section=contradictions] .contradiction[data-kind=stance_change]');
    await expect.poll(() => change.count()).toBe(1);
    expect(await change.locator('.statement-card').count()).toBe(2);
    await saveShot(page, 'actor-timeline');
  });

  it('shows both sides of the disagreement on the proposal', async () => {
    await openViewer(
      page,
      `${url}/?graph=time-corpus&node=${encodeURIComponent('proposal:summit-in-vienna')}`,
    );
    const rows = page.locator('[data-section=contradictions] .contradiction');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.locator('[data-section=contradictions]').textContent()).toMatch(/Laszlo Kiss/);
    expect(await page.locator('[data-section=timeline] .timeline-row').count()).toBe(4);
  });

  it('the date filter keeps only the articles of the range, and the address keeps it', async () => {
    await openViewer(page, `${url}/?graph=time-corpus`);
    const status = () => page.textContent('#status');
    const counts = async () =>
      /([\d,]+) of ([\d,]+) nodes/
        .exec((await status()) ?? '')
        ?.slice(1)
        .map((n) => Number(n.replace(/,/g, '')));
    await expect.poll(counts).toBeDefined();
    const [all, total] = (await counts()) as number[];
    expect(all).toBe(total);
    await page.fill('input[data-date=since]', '2024-02-01');
    await page.dispatchEvent('input[data-date=since]', 'change');
    await expect.poll(() => page.evaluate(() => window.location.href)).toContain('since=2024-02-01');
    await expect
      .poll(async () => Number(/(\d+) of \d+ nodes/.exec((await status()) ?? '')?.[1]))
      .toBeLessThan(total ?? 0);
    const shown = Number(/(\d+) of \d+ nodes/.exec((await status()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
  });

  it('the time slider steps over the days with articles and sets the date bounds', async () => {
    await openViewer(page, `${url}/?graph=time-corpus`);
    const range = () => page.textContent('[data-part=date-range]');
    await expect.poll(range).toBe('2024-01-10 to 2024-02-20: 4 of 4 articles');
    await page.focus('input[data-range=until]');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(range).toBe('2024-01-10 to 2024-01-12: 3 of 4 articles');
    await expect.poll(() => page.evaluate(() => window.location.href)).toContain('until=2024-01-12');
    expect(await page.inputValue('input[data-date=until]')).toBe('2024-01-12');
    // the earliest handle cannot pass the latest: pushed right, it stops on the same day
    await page.focus('input[data-range=since]');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(range).toBe('2024-01-12 to 2024-01-12: 1 of 4 articles');
    await saveShot(page, 'time-slider');
  });
});
