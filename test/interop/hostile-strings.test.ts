// Hostile strings (quotes, <, &, control characters, emoji, right-to-left text, lone surrogates,
// 100 KB values) survive every export format. XML 1.0 cannot hold some characters at all: GraphML
// and GEXF drop them (inside JSON-encoded values they survive as \u escapes), CSV drops only lone
// surrogates, which UTF-8 cannot encode, and the contract JSON keeps everything.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  inferAttributeColumns,
  type ParleyGraph,
  stripForbiddenXmlChars,
  toContractJson,
  toCsv,
  toGexf,
  toGraphml,
} from '@parley/core';
import fc from 'fast-check';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.js';

type Attributes = Record<string, unknown>;
type Snapshot = { nodes: [string, Attributes][]; edges: [string, string, string, Attributes][] };

const PIECES = [
  '"',
  "'",
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  ']]>',
  '<!--',
  '<?xml?>',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  ',',
  '""',
  'null',
  '[1,2]',
  '{"a":1}',
  '😀',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202E',
  '\u200F',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  'e\u0301',
  '𝕏',
  '\\',
  '|',
  '=SUM(A1)',
  'attr_id',
  'Zelenskyy',
];
const XMLLINT = '/usr/bin/xmllint';
const WEIRD_NAME = 'we<ird> "name" & co, é';

const hostile = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join('')) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));

const nodeArb = fc.record(
  {
    key: hostile,
    label: hostile,
    text: hostile,
    aliases: fc.array(hostile, { maxLength: 3 }),
    span: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
    count: fc.integer(),
    big: fc.maxSafeInteger(),
    x: finiteDouble,
    y: finiteDouble,
    flag: fc.boolean(),
    [WEIRD_NAME]: hostile,
  },
  { requiredKeys: ['key', 'label', 'x', 'y', 'count', 'aliases'] },
);
const edgeArb = fc.record(
  {
    source: fc.nat(),
    target: fc.nat(),
    key: hostile,
    type: hostile,
    note: hostile,
    weightless: finiteDouble,
  },
  { requiredKeys: ['source', 'target', 'key', 'type'] },
);

/** A multigraph with hostile keys, attribute values and a hostile graph name. */
const graphArb = fc
  .record({
    name: hostile,
    nodes: fc.uniqueArray(nodeArb, {
      minLength: 1,
      maxLength: 6,
      selector: (n) => stripForbiddenXmlChars(n.key),
    }),
    edges: fc.array(edgeArb, { maxLength: 8 }),
  })
  .map(({ name, nodes, edges }) => {
    const graph = new MultiDirectedGraph() as unknown as ParleyGraph;
    graph.replaceAttributes({ name });
    const keys = nodes.map((n) => `n:${n.key}`);
    nodes.forEach(({ key: _key, ...attributes }, i) => {
      graph.addNode(keys[i] as string, attributes as never);
    });
    edges.forEach(({ source, target, key, ...attributes }, i) => {
      const s = keys[source % keys.length] as string;
      const t = keys[target % keys.length] as string;
      graph.addDirectedEdgeWithKey(`e${i}:${key}`, s, t, attributes as never);
    });
    return graph;
  });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const dropLoneSurrogates = (s: string) => s.replace(LONE_SURROGATE, '');

/** The graph as a reader of one format should see it, given how that format writes each value. */
function expectedSnapshot(
  graph: ParleyGraph,
  cleanString: (s: string) => string,
  keep: (name: string, value: unknown, json: boolean) => boolean = () => true,
): Snapshot {
  const columns = inferAttributeColumns(graph);
  const convert = (jsonNames: Set<string>) => (attributes: Attributes) => {
    const out: Attributes = {};
    for (const [name, value] of Object.entries(attributes)) {
      const json = jsonNames.has(name);
      if (!keep(name, value, json)) continue;
      if (json) out[name] = JSON.parse(cleanString(JSON.stringify(value)));
      else out[name] = typeof value === 'string' ? cleanString(value) : value;
    }
    return out;
  };
  const jsonOf = (list: { name: string; json: boolean }[]) =>
    new Set(list.filter((c) => c.json).map((c) => c.name));
  const node = convert(jsonOf(columns.node));
  const edge = convert(jsonOf(columns.edge));
  return {
    nodes: graph.mapNodes((key, a) => [cleanString(key), node(a)]),
    edges: graph.mapEdges((key, a, s, t) => [cleanString(key), cleanString(s), cleanString(t), edge(a)]),
  };
}

/** A parsed graph's nodes and edges, with the JSON columns of the original decoded. */
function snapshot(parsed: MultiGraph, original: ParleyGraph, drop: string[] = []): Snapshot {
  const columns = inferAttributeColumns(original);
  const decode = (jsonNames: Set<string>) => (attributes: Attributes) => {
    const out: Attributes = {};
    for (const [name, value] of Object.entries(attributes)) {
      if (drop.includes(name)) continue;
      out[name] = jsonNames.has(name) && typeof value === 'string' ? JSON.parse(value) : value;
    }
    return out;
  };
  const node = decode(new Set(columns.node.filter((c) => c.json).map((c) => c.name)));
  const edge = decode(new Set(columns.edge.filter((c) => c.json).map((c) => c.name)));
  return {
    nodes: parsed.mapNodes((key, a) => [key, node(a)]),
    edges: parsed.mapEdges((key, a, s, t) => [key, s, t, edge(a)]),
  };
}

function checkGraphml(graph: ParleyGraph): void {
  const parsed = parseGraphml(MultiDirectedGraph, [...toGraphml(graph)].join(''));
  expect(parsed.getAttribute('name')).toBe(stripForbiddenXmlChars(graph.getAttribute('name') as string));
  expect(snapshot(parsed, graph)).toEqual(expectedSnapshot(graph, stripForbiddenXmlChars));
}

function checkGexf(graph: ParleyGraph): void {
  const parsed = parseGexf(MultiGraph, toGexf(graph));
  // graphology-gexf writes no empty value and no empty label (GEXF readers take them as missing).
  const keep = (name: string, value: unknown, json: boolean) =>
    json || value !== '' ? name !== 'label' || stripForbiddenXmlChars(value as string) !== '' : false;
  expect(snapshot(parsed, graph, ['color', 'size'])).toEqual(
    expectedSnapshot(graph, stripForbiddenXmlChars, keep),
  );
}

function checkJson(graph: ParleyGraph): void {
  const parsed = new MultiDirectedGraph();
  parsed.import(JSON.parse(toContractJson(graph)));
  expect(parsed.export()).toEqual(graph.export());
}

/** Reads nodes.csv and edges.csv back, mapping Gephi's columns to attributes as the writer documents. */
function checkCsv(graph: ParleyGraph): void {
  const { nodes, edges } = toCsv(graph);
  const columns = inferAttributeColumns(graph);
  const typed = (list: { name: string; type: string; json: boolean }[]) =>
    new Map(list.map((c) => [c.name, c]));
  const nodeTypes = typed(columns.node);
  const edgeTypes = typed(columns.edge);
  const attributeName = (header = '') => (header.startsWith('attr_') ? header.slice(5) : header);
  const value = (types: Map<string, { type: string; json: boolean }>, name: string, text: string) => {
    const c = types.get(name);
    if (c?.json) return JSON.parse(text);
    if (c?.type === 'boolean') return text === 'true';
    if (c?.type === 'string') return text;
    return Number(text);
  };
  const parsed = new MultiDirectedGraph();
  const [nodeHeader, ...nodeRows] = readCsv([...nodes].join(''));
  for (const row of nodeRows) {
    const attributes: Attributes = {};
    nodeHeader?.forEach((h, i) => {
      const cell = row[i];
      if (h === 'Id' || cell === undefined) return;
      const name = h === 'Label' ? 'label' : attributeName(h);
      attributes[name] = value(nodeTypes, name, cell);
    });
    parsed.addNode(row[0] as string, attributes);
  }
  const [edgeHeader, ...edgeRows] = readCsv([...edges].join(''));
  expect(edgeHeader?.slice(0, 4)).toEqual(['Id', 'Source', 'Target', 'Type']);
  for (const row of edgeRows) {
    expect(row[3]).toBe('Directed');
    const attributes: Attributes = {};
    edgeHeader?.forEach((h, i) => {
      const cell = row[i];
      if (i < 4 || cell === undefined) return;
      const name = h === 'Kind' ? 'type' : h === 'Label' ? 'label' : attributeName(h);
      attributes[name] = value(edgeTypes, name, cell);
    });
    parsed.addDirectedEdgeWithKey(row[0] as string, row[1] as string, row[2] as string, attributes);
  }
  expect(snapshot(parsed, graph)).toEqual(expectedSnapshot(graph, dropLoneSurrogates));
}

const CHECKS = { graphml: checkGraphml, gexf: checkGexf, json: checkJson, csv: checkCsv };

/** A fixed graph whose values, keys and name are 100 KB of hostile text each. */
function bigValueGraph(): ParleyGraph {
  let big = '';
  for (let i = 0; big.length < 100_000; i++) big += PIECES[i % PIECES.length];
  const graph = new MultiDirectedGraph() as unknown as ParleyGraph;
  graph.replaceAttributes({ name: big });
  graph.addNode(`a:${big}`, { label: big, text: big, aliases: [big, big], count: 1 } as never);
  graph.addNode(`b:${big}`, { label: 'b', text: '', aliases: [], count: 2 } as never);
  graph.addDirectedEdgeWithKey(`e:${big}`, `a:${big}`, `b:${big}`, { type: big } as never);
  return graph;
}

/** xmllint's complaint about a document, or '' when it is well-formed. */
function xmllint(xml: string): string {
  const r = spawnSync(XMLLINT, ['--noout', '-'], { input: xml, encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr || `exit ${r.status}`;
}

const noXmllint = existsSync(XMLLINT) ? null : `${XMLLINT} is missing (apt-get install libxml2-utils)`;
describe.skipIf(noXmllint)(`xmllint on hostile exports${noXmllint ? ` (skipped: ${noXmllint})` : ''}`, () => {
  it('finds GraphML and GEXF of hostile graphs well-formed', () => {
    fc.assert(
      fc.property(graphArb, (graph) => {
        expect(xmllint([...toGraphml(graph)].join(''))).toBe('');
        expect(xmllint(toGexf(graph))).toBe('');
      }),
      { numRuns: 25 },
    );
    expect(xmllint([...toGraphml(bigValueGraph())].join(''))).toBe('');
    expect(xmllint(toGexf(bigValueGraph()))).toBe('');
  });
});

describe('hostile strings round-trip through every export format', () => {
  for (const [format, check] of Object.entries(CHECKS)) {
    it(`${format}: random graphs of hostile keys and values`, () => {
      fc.assert(
        fc.property(graphArb, (graph) => {
          check(graph);
        }),
        { numRuns: 150 },
      );
    });
    it(`${format}: 100 KB values`, () => {
      check(bigValueGraph());
    });
  }
});
