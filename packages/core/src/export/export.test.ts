import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyGraph } from '../graph/types.js';
import { csvColumns, toCsv } from './csv.js';
import { EXPORT_FORMATS } from './formats.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toContractJson } from './json.js';
import { csvPaths, writeExport } from './write.js';

/** A small graph in the contract's shape: one article, two actors, a statement and a proposal. */
function sampleGraph(): ParleyGraph {
  const graph: ParleyGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: 'sample', contractVersion: 1 });
  graph.addNode('article:a1', {
    kind: 'article',
    label: 'Talks',
    id: 'a1',
    chars: 120,
    sha256: 'ab',
    x: 0.5,
    y: 1,
  });
  graph.addNode('actor:trump', {
    kind: 'actor',
    label: 'Donald Trump',
    aliases: ['Donald Trump', 'Trump'],
    type: 'person',
    mentions: 7,
    x: -3.25,
    y: 2,
  });
  graph.addNode('actor:kremlin', {
    kind: 'actor',
    label: 'Kremlin',
    aliases: ['Kremlin'],
    type: 'organization',
    mentions: 1,
    x: 4,
    y: -1.5,
  });
  graph.addNode('statement:a1:0', {
    kind: 'statement',
    label: 'We will meet "soon", in Budapest & nowhere else',
    article: 'a1',
    span: [10, 58],
    cueSpan: [60, 64],
    speakerSpan: null,
    text: 'We will meet "soon", in Budapest & nowhere else',
    cue: 'say',
    mode: 'direct',
    sentence: 0,
    x: 1,
    y: 1,
  });
  graph.addNode('proposal:budapest-summit', {
    kind: 'proposal',
    label: 'a summit in Budapest',
    text: 'a summit in Budapest',
    category: 'meeting',
    article: 'a1',
    span: [30, 38],
    x: 2,
    y: 0,
  });
  graph.addDirectedEdgeWithKey('contains:article:a1->statement:a1:0', 'article:a1', 'statement:a1:0', {
    type: 'contains',
    article: 'a1',
    span: [10, 58],
  });
  graph.addDirectedEdgeWithKey('said:actor:trump->statement:a1:0', 'actor:trump', 'statement:a1:0', {
    type: 'said',
    article: 'a1',
  });
  graph.addDirectedEdgeWithKey('said:actor:trump->statement:a1:0#2', 'actor:trump', 'statement:a1:0', {
    type: 'said',
    article: 'a1',
  });
  graph.addDirectedEdgeWithKey(
    'rejects:actor:kremlin->proposal:budapest-summit',
    'actor:kremlin',
    'proposal:budapest-summit',
    {
      type: 'rejects',
      article: 'a1',
      span: [30, 38],
      statement: 'statement:a1:0',
    },
  );
  return graph;
}

describe('toGraphml', () => {
  let xml: string;
  beforeAll(() => {
    xml = [...toGraphml(sampleGraph())].join('');
  });

  it('declares one key per attribute and scope, typed over all values', () => {
    const keys = [
      ...xml.matchAll(/<key id="(d\d+)" for="(\w+)" attr\.name="([^"]+)" attr\.type="(\w+)"/g),
    ].map((m) => `${m[2]}.${m[3]}:${m[4]}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'graph.name:string',
        'graph.contractVersion:int',
        'node.kind:string',
        'node.chars:int',
        'node.x:double',
        'node.mentions:int',
        'node.aliases:string',
        'node.speakerSpan:string',
        'edge.type:string',
        'edge.span:string',
        'edge.statement:string',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(xml).toMatch(/attr\.name="aliases" attr\.type="string">\s*<desc>JSON-encoded value<\/desc>/);
  });

  it('writes a directed graph whose node and edge ids are the graph keys, parallel edges included', () => {
    expect(xml).toContain('<graph edgedefault="directed">');
    expect(xml).toContain('<node id="actor:trump">');
    expect(xml).toContain(
      '<edge id="said:actor:trump->statement:a1:0#2" source="actor:trump" target="statement:a1:0">',
    );
    expect(xml.match(/<edge /g)).toHaveLength(4);
  });

  it('writes arrays and null as JSON and escapes text', () => {
    expect(xml).toContain('>["Donald Trump","Trump"]</data>');
    expect(xml).toContain('>null</data>');
    expect(xml).toContain('>We will meet "soon", in Budapest &amp; nowhere else</data>');
  });

  it('streams a large graph in many chunks', () => {
    const graph: ParleyGraph = new MultiDirectedGraph();
    for (let i = 0; i < 20_000; i++)
      graph.addNode(`n${i}`, { kind: 'actor', label: `actor number ${i}` } as never);
    const chunks = [...toGraphml(graph)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 ** 19);
    expect(chunks.join('')).toContain('<node id="n19999">');
  });
});

describe('toGexf', () => {
  it('adds viz colours, sizes and positions, with a namespace Gephi and networkx know', () => {
    const gexf = toGexf(sampleGraph());
    expect(gexf).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(gexf).toMatch(
      /<node id="actor:trump" label="Donald Trump">[\s\S]*?<viz:color r="37" g="99" b="235"\/>/,
    );
    expect(gexf).toMatch(/<viz:size value="\d+(\.\d+)?"\/>/);
    expect(gexf).toContain('<viz:position x="-3.25" y="2"/>');
    expect(gexf).toContain('value="[&quot;Donald Trump&quot;,&quot;Trump&quot;]"');
  });
});

describe('toCsv', () => {
  it('uses the columns Gephi recognises and keeps the rest under their names', () => {
    const { nodes, edges } = csvColumns(sampleGraph());
    expect(nodes.map((c) => c.header).slice(0, 4)).toEqual(['Id', 'Label', 'kind', 'attr_id']);
    expect(edges.map((c) => c.header)).toEqual([
      'Id',
      'Source',
      'Target',
      'Type',
      'Kind',
      'article',
      'span',
      'statement',
    ]);
  });

  it('quotes per RFC 4180, writes arrays as JSON and tells a missing value from an empty one', () => {
    const graph = sampleGraph();
    graph.setNodeAttribute('actor:kremlin', 'title', '');
    const { nodes, edges } = toCsv(graph);
    const nodeText = [...nodes].join('');
    const lines = nodeText.split('\r\n');
    expect(lines[0]).toMatch(/^Id,Label,kind,attr_id,chars,sha256,x,y,aliases,type,mentions,/);
    expect(nodeText).toContain(
      'actor:trump,Donald Trump,actor,,,,-3.25,2,"[""Donald Trump"",""Trump""]",person,7,',
    );
    expect(nodeText).toContain('"We will meet ""soon"", in Budapest & nowhere else"');
    // title comes right after mentions: "" for Kremlin's empty title, nothing for Trump's missing one
    expect(lines[0]).toContain(',mentions,title,');
    expect(lines.find((l) => l.startsWith('actor:kremlin'))).toContain(',organization,1,"",');
    expect(lines.find((l) => l.startsWith('actor:trump'))).toContain(',person,7,,');
    expect([...edges].join('')).toContain(
      'rejects:actor:kremlin->proposal:budapest-summit,actor:kremlin,proposal:budapest-summit,Directed,rejects,a1,"[30,38]",statement:a1:0\r\n',
    );
  });
});

describe('writeExport', () => {
  it('names the CSV files after a .csv base or inside a folder', () => {
    expect(csvPaths('out/graph.csv')).toEqual({ nodes: 'out/graph.nodes.csv', edges: 'out/graph.edges.csv' });
    expect(csvPaths('out/tables')).toEqual({ nodes: 'out/tables/nodes.csv', edges: 'out/tables/edges.csv' });
  });

  it('writes every format atomically, replacing what was there and leaving no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-export-'));
    const graph = sampleGraph();
    await writeFile(join(dir, 'graph.graphml'), 'old');
    const written: string[] = [];
    for (const format of EXPORT_FORMATS) {
      written.push(
        ...(await writeExport(graph, format, join(dir, format === 'csv' ? 'tables' : `graph.${format}`))),
      );
    }
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual([
      'graph.graphml',
      'graph.gexf',
      'graph.json',
      'tables/nodes.csv',
      'tables/edges.csv',
    ]);
    expect(await readFile(join(dir, 'graph.graphml'), 'utf8')).toBe([...toGraphml(graph)].join(''));
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe(toContractJson(graph));
    expect((await readdir(dir)).sort()).toEqual(['graph.gexf', 'graph.graphml', 'graph.json', 'tables']);
  });
});
