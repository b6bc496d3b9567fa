import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphFromJson } from '@parley/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticGraphJson } from '../testing/seed-graph.js';
import { GraphStore } from './graph-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeGraph(name: string, articles: number): Promise<void> {
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, 'graph.json'), JSON.stringify(await syntheticGraphJson(articles)));
}

describe('GraphStore', () => {
  it('lists the folders holding a graph.json, ignoring other folders and bad names', async () => {
    await writeGraph('alpha', 2);
    await writeGraph('beta-2', 2);
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'Bad_Name'));
    writeFileSync(join(dir, 'Bad_Name', 'graph.json'), '{}');
    const store = new GraphStore(dir);
    expect(await store.names()).toEqual(['alpha', 'beta-2']);
    expect((await store.list()).map((g) => g.counts.article)).toEqual([2, 2]);
    expect(await store.get('empty')).toBeUndefined();
  });

  it('reloads a graph when its file changes', async () => {
    await writeGraph('g', 2);
    const store = new GraphStore(dir, { reloadCheckMs: 0 });
    const first = await store.get('g');
    expect(await store.get('g')).toBe(first);
    await writeGraph('g', 5);
    await store.get('g'); // sees the change, starts reloading, serves the old version meanwhile
    await new Promise((r) => setTimeout(r, 200));
    const second = await store.get('g');
    expect(second).not.toBe(first);
    expect(second?.summary().counts.article).toBe(5);
  });

  it('answers a graph file that is not the contract with a 500 problem, not a crash', async () => {
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'graph.json'), '{"nodes": []}');
    const store = new GraphStore(dir);
    await expect(store.require('broken')).rejects.toMatchObject({ status: 500, code: 'invalid-graph' });
    await expect(store.require('missing')).rejects.toMatchObject({ status: 404, code: 'unknown-graph' });
    expect(await store.list()).toEqual([]);
  });

  it('serialises writes to one graph, each seeing the previous one', async () => {
    const store = new GraphStore(dir);
    const seen: number[] = [];
    const add = (n: number) =>
      store.write('counter', async (current) => {
        const graph = current ?? graphFromJson(await syntheticGraphJson(1));
        seen.push(graph.getAttribute('builtAt') === String(n - 1) ? n - 1 : -1);
        await new Promise((r) => setTimeout(r, 5));
        graph.setAttribute('builtAt', String(n));
        return { graph, result: n };
      });
    expect(await Promise.all([1, 2, 3, 4].map(add))).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([-1, 1, 2, 3]);
    expect((await store.get('counter'))?.summary().builtAt).toBe('4');
  });
});
