import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '@parley/core';
import type { Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraphJson } from '../testing/seed-graph.js';
import { GraphExporter } from './exporter.js';

// The worker runs the built file (it imports the built core); from source there is none.
const BUILT = fileURLToPath(new URL('../../dist/export/export-worker.js', import.meta.url));

describe.skipIf(!existsSync(BUILT))('GraphExporter in workers (skipped: apps/api not built)', () => {
  let dir: string;
  let file: string;
  let url: string;
  const exporter = new GraphExporter(BUILT);
  const server = createServer((req, res) => {
    const format = new URL(req.url ?? '/', 'http://x').searchParams.get('format') as 'graphml';
    void exporter.send(res as unknown as Response, buildGraph([]), file, {
      format,
      table: 'nodes',
    });
  });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-exporter-'));
    file = join(dir, 'graph.json');
    await writeFile(file, JSON.stringify(await syntheticGraphJson(300)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the whole document the core writer makes', async () => {
    const res = await fetch(`${url}/?format=graphml`);
    const text = await res.text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text.trimEnd().endsWith('</graphml>')).toBe(true);
    expect(exporter.active).toBe(0);
  });

  it('stops the export when the client goes away mid-download', async () => {
    await new Promise<void>((resolve) => {
      const req = get(`${url}/?format=graphml`, (res) => {
        res.once('data', () => {
          expect(exporter.active).toBe(1);
          req.destroy();
          resolve();
        });
      });
    });
    for (let i = 0; i < 50 && exporter.active > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(exporter.active).toBe(0);
  });
});
