// Every export opens in the tools analysts use, with the same nodes, edges and attribute values:
// networkx (GraphML, GEXF), igraph (GraphML), graphology-graphml (GraphML), xmllint (both), and
// Python's csv module and csv-parse (CSV).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParleyGraph, writeExport } from '@parley/core';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Attributes,
  expectedAttributes,
  graphFromFolder,
  missingCommand,
  missingPython,
  PYTHON,
  polnearDir,
  seedDir,
  withoutEmpty,
} from './graphs.js';
import { readCsv } from './read-csv.js';

const readerScript = new URL('./read_exports.py', import.meta.url).pathname;

/** A CSV table as Python's csv module reads it: every field a string. */
interface CsvView {
  rows: string[][];
}

interface ToolView {
  graph: Attributes;
  nodes: [string | number, Attributes][];
  edges: [string, string | number, string | number, Attributes][];
}

/** Parses back, in place, the values of the columns the GraphML marks as JSON-encoded. */
function decodeJsonColumns(graph: MultiDirectedGraph, xml: string): MultiDirectedGraph {
  const json = { graph: new Set<string>(), node: new Set<string>(), edge: new Set<string>() };
  const marked =
    /<key id="d\d+" for="(graph|node|edge)" attr\.name="([^"]*)" attr\.type="string">\s*<desc>JSON-encoded value<\/desc>/g;
  for (const [, scope, name] of xml.matchAll(marked)) json[scope as keyof typeof json].add(name as string);
  const decode = (names: Set<string>, a: Attributes) => {
    for (const name of names) if (typeof a[name] === 'string') a[name] = JSON.parse(a[name]);
  };
  decode(json.graph, graph.getAttributes());
  graph.forEachNode((_, a) => decode(json.node, a));
  graph.forEachEdge((_, a) => decode(json.edge, a));
  return graph;
}

/** What each available Python reader sees in the exports, read in one Python process. */
function readAll(x: Exported): Record<string, unknown> {
  const wanted = [
    ['networkx-graphml', x.graphml, noNetworkx],
    ['networkx-gexf', x.gexf, noNetworkx],
    ['igraph-graphml', x.graphml, noIgraph],
    ['python-csv-nodes', x.csv.nodes, noPythonCsv],
    ['python-csv-edges', x.csv.edges, noPythonCsv],
  ].filter(([, , missing]) => missing === null);
  if (wanted.length === 0) return {};
  const args = wanted.map(([reader, file]) => `${reader}=${file}`);
  const r = spawnSync(PYTHON, [readerScript, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`python readers failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

function readWith<View = ToolView>(tool: string, x: Exported): View {
  const view = x.views?.[tool];
  if (!view) throw new Error(`${tool} did not read the exports`);
  return view as View;
}

interface Exported {
  graph: ParleyGraph;
  graphml: string;
  gexf: string;
  csv: { nodes: string; edges: string };
  views?: Record<string, unknown>;
}

const noNetworkx = missingPython('networkx');
const noIgraph = missingPython('igraph');
const noPythonCsv = missingPython('csv');

const dir = mkdtempSync(join(tmpdir(), 'parley-interop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportAll(graph: ParleyGraph, name: string): Promise<Exported> {
  const graphml = join(dir, `${name}.graphml`);
  const gexf = join(dir, `${name}.gexf`);
  await writeExport(graph, 'graphml', graphml);
  await writeExport(graph, 'gexf', gexf);
  const [nodes, edges] = await writeExport(graph, 'csv', join(dir, `${name}.csv`));
  return { graph, graphml, gexf, csv: { nodes: nodes as string, edges: edges as string } };
}

/** Edges in the graph's own order, for tools that list them by adjacency. */
let edgeOrder = new Map<string, number>();
const sortedByKey = <T extends unknown[]>(edges: T[]) =>
  [...edges].sort((a, b) => (edgeOrder.get(a[0] as string) ?? -1) - (edgeOrder.get(b[0] as string) ?? -1));

function interopSuite(label: string, load: () => Promise<Exported>) {
  describe(label, () => {
    let x: Exported;
    let expected: ReturnType<typeof expectedAttributes>;
    beforeAll(async () => {
      x = await load();
      x.views = readAll(x);
      expected = expectedAttributes(x.graph);
      edgeOrder = new Map(x.graph.edges().map((e, i) => [e, i]));
    });

    it('has something to compare', () => {
      expect(x.graph.order).toBeGreaterThan(10);
      expect(x.graph.size).toBeGreaterThan(5);
    });

    const noXmllint = missingCommand('/usr/bin/xmllint', 'libxml2-utils');
    it.skipIf(noXmllint)(
      `xmllint finds the GraphML and GEXF well-formed${noXmllint ? ` (skipped: ${noXmllint})` : ''}`,
      () => {
        for (const file of [x.graphml, x.gexf]) {
          const r = spawnSync('/usr/bin/xmllint', ['--noout', file], { encoding: 'utf8' });
          expect(r.stderr, file).toBe('');
          expect(r.status, file).toBe(0);
        }
      },
    );

    it('graphology-graphml parses the GraphML back to an equal graph (JSON columns read from <desc>)', () => {
      const xml = readFileSync(x.graphml, 'utf8');
      const parsed = decodeJsonColumns(parseGraphml(MultiDirectedGraph, xml), xml);
      expect(parsed.export()).toEqual(x.graph.export());
    });

    describe.skipIf(noNetworkx)(`networkx${noNetworkx ? ` (skipped: ${noNetworkx})` : ''}`, () => {
      it('read_graphml sees the same nodes, edges and attribute values', () => {
        const view = readWith('networkx-graphml', x);
        expect(view.graph).toEqual(expected.graph);
        expect(view.nodes).toEqual(x.graph.mapNodes((key, a) => [key, withoutEmpty(expected.node(a))]));
        expect(sortedByKey(view.edges)).toEqual(
          x.graph.mapEdges((key, a, source, target) => [key, source, target, withoutEmpty(expected.edge(a))]),
        );
      });

      it('read_gexf sees the same nodes, edges, attribute values, labels and positions', () => {
        const view = readWith('networkx-gexf', x);
        const seenNodes = view.nodes.map(([key, { viz, ...attributes }]) => {
          const { position, color } = viz as { position: { x: number; y: number }; color: unknown };
          return [key, { ...attributes, x: position.x, y: position.y, hasColor: color !== undefined }];
        });
        expect(seenNodes).toEqual(
          x.graph.mapNodes((key, a) => [key, { ...withoutEmpty(expected.node(a)), hasColor: true }]),
        );
        const seenEdges = view.edges.map(([key, source, target, { viz: _viz, ...attributes }]) => [
          key,
          source,
          target,
          attributes,
        ]);
        expect(sortedByKey(seenEdges)).toEqual(
          x.graph.mapEdges((key, a, source, target) => [key, source, target, withoutEmpty(expected.edge(a))]),
        );
      });
    });

    describe.skipIf(noPythonCsv)(
      `Python's csv module${noPythonCsv ? ` (skipped: ${noPythonCsv})` : ''}`,
      () => {
        it('reads nodes.csv and edges.csv as csv-parse does, every node and edge in graph order', () => {
          const asPython = (rows: (string | undefined)[][]) =>
            rows.map((row) => row.map((cell) => cell ?? ''));
          const nodes = readWith<CsvView>('python-csv-nodes', x).rows;
          const edges = readWith<CsvView>('python-csv-edges', x).rows;
          expect(nodes).toEqual(asPython(readCsv(readFileSync(x.csv.nodes, 'utf8'))));
          expect(edges).toEqual(asPython(readCsv(readFileSync(x.csv.edges, 'utf8'))));
          expect(nodes[0]?.slice(0, 2)).toEqual(['Id', 'Label']);
          expect(nodes.slice(1).map((row) => row.slice(0, 2))).toEqual(
            x.graph.mapNodes((key, a) => [key, a.label]),
          );
          expect(edges[0]?.slice(0, 4)).toEqual(['Id', 'Source', 'Target', 'Type']);
          expect(edges.slice(1).map((row) => row.slice(0, 4))).toEqual(
            x.graph.mapEdges((key, _a, source, target) => [key, source, target, 'Directed']),
          );
        });
      },
    );

    describe.skipIf(noIgraph)(`igraph${noIgraph ? ` (skipped: ${noIgraph})` : ''}`, () => {
      it('Graph.Read_GraphML sees the same nodes, edges and attribute values', () => {
        const view = readWith('igraph-graphml', x);
        const keys = x.graph.nodes();
        expect(view.graph).toEqual(expected.graph);
        // igraph numbers vertices in file order; it keeps GraphML ids in the vertex attribute `id`,
        // which article nodes already use for the article id, so vertices are matched by position.
        expect(view.nodes).toEqual(
          x.graph.mapNodes((_, a) => withoutEmpty(expected.node(a))).map((a, i) => [i, a]),
        );
        const seenEdges = view.edges.map(([key, from, to, attributes]) => [
          key,
          keys[Number(from)],
          keys[Number(to)],
          attributes,
        ]);
        expect(sortedByKey(seenEdges)).toEqual(
          x.graph.mapEdges((key, a, source, target) => [key, source, target, withoutEmpty(expected.edge(a))]),
        );
      });
    });
  });
}

interopSuite('the seed graph', async () =>
  exportAll(graphFromFolder(seedDir, 'ukraine-peace-talks'), 'seed'),
);

const noPolnear = !existsSync(polnearDir);
if (noPolnear) console.warn(`interop: ${polnearDir} is absent, skipping the PolNeAR graph`);
describe.skipIf(noPolnear)(
  `PolNeAR${noPolnear ? ' (skipped: ../shared/eval/polnear/heldout is absent)' : ''}`,
  () => {
    interopSuite('the polnear heldout graph', async () =>
      exportAll(graphFromFolder(polnearDir, 'polnear-heldout'), 'polnear'),
    );
  },
);
