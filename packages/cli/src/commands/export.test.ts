import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

const seedDir = fileURLToPath(new URL('../../../../graphs/ukraine-peace-talks/articles/', import.meta.url));

describe('parley export', () => {
  let graphJson: string;
  let dir: string;
  let errors: string[];
  let logs: string[];

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'parley-export-cli-'));
    graphJson = join(base, 'graph.json');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(['build', seedDir, '--out', graphJson, '--no-layout'])).toBe(0);
    vi.restoreAllMocks();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-export-cli-'));
    errors = [];
    logs = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    vi.spyOn(console, 'log').mockImplementation((m: string) => void logs.push(m));
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes GraphML of the seed graph and says what it wrote', async () => {
    const out = join(dir, 'g', 'graph.graphml');
    expect(await main(['export', graphJson, '--format', 'graphml', '--out', out])).toBe(0);
    const graph = JSON.parse(await readFile(graphJson, 'utf8'));
    const xml = await readFile(out, 'utf8');
    expect(xml.match(/<node /g)).toHaveLength(graph.nodes.length);
    expect(xml.match(/<edge /g)?.length ?? 0).toBe(graph.edges.length);
    expect(xml).toContain('<node id="article:000_6b75679a6597cec9">');
    expect(logs.join('\n')).toMatch(
      new RegExp(`as graphml to .*graph\\.graphml: ${graph.nodes.length} nodes`),
    );
  });

  it('writes GEXF, contract JSON and both CSV tables', async () => {
    expect(await main(['export', graphJson, '-f', 'gexf', '-o', join(dir, 'graph.gexf'), '-q'])).toBe(0);
    expect(await main(['export', graphJson, '-f', 'json', '-o', join(dir, 'copy.json'), '-q'])).toBe(0);
    expect(await main(['export', graphJson, '-f', 'csv', '-o', join(dir, 'graph.csv'), '-q'])).toBe(0);
    expect(await main(['export', graphJson, '-f', 'csv', '-o', join(dir, 'tables'), '-q'])).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'copy.json',
      'graph.edges.csv',
      'graph.gexf',
      'graph.nodes.csv',
      'tables',
    ]);
    expect(await readdir(join(dir, 'tables'))).toEqual(expect.arrayContaining(['nodes.csv', 'edges.csv']));
    expect(JSON.parse(await readFile(join(dir, 'copy.json'), 'utf8'))).toEqual(
      JSON.parse(await readFile(graphJson, 'utf8')),
    );
    expect(await readFile(join(dir, 'graph.nodes.csv'), 'utf8')).toMatch(/^Id,Label,kind,/);
    expect(logs).toEqual([]);
  });

  const bad: [string, string | null, RegExp][] = [
    ['a missing graph file', null, /nope\.json: no such file/],
    ['a file that is not JSON', '{"nodes": [', /not valid JSON/],
    ['JSON that is not a Parley graph', '{"nodes": []}', /not a Parley graph/],
  ];
  for (const [what, content, message] of bad) {
    it(`refuses ${what} with a clear message and writes nothing`, async () => {
      const input = join(dir, 'nope.json');
      if (content !== null) await writeFile(input, content);
      const out = join(dir, 'out', 'graph.graphml');
      expect(await main(['export', input, '--format', 'graphml', '--out', out])).toBe(1);
      expect(errors.join('\n')).toMatch(message);
      await expect(readdir(join(dir, 'out'))).rejects.toThrow();
    });
  }

  it('answers usage errors with exit code 2', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['export', graphJson, '--out', join(dir, 'x')])).toBe(2);
    expect(await main(['export', graphJson, '--format', 'pdf', '--out', join(dir, 'x.pdf')])).toBe(2);
    expect(errors.join('\n')).toMatch(/--format must be one of graphml, gexf, json, csv/);
    expect(await main(['export', graphJson, '--format', 'json', '--out', graphJson])).toBe(2);
    expect(errors.join('\n')).toMatch(/--out must not be the graph file/);
  });
});
