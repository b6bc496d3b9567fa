import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ViewerGraph } from '../graph/index.js';
import { SearchIndex } from './index.js';

function sample(): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph();
  const at = { x: 0, y: 0 };
  g.addNode('actor:vladimir-putin', {
    kind: 'actor',
    label: 'Vladimir Putin',
    aliases: ['Vladimir Putin', 'Putin', "Russia's leader"],
    type: 'person',
    mentions: 3,
    ...at,
  });
  g.addNode('actor:volodymyr-zelenskyy', {
    kind: 'actor',
    label: 'Volodymyr Zelenskyy',
    aliases: ['Zelensky'],
    type: 'person',
    mentions: 2,
    ...at,
  });
  g.addNode('statement:a:0', {
    kind: 'statement',
    label: 'The main problem is Putin himself',
    article: 'a',
    span: [0, 10],
    cueSpan: [11, 15],
    speakerSpan: null,
    text: 'The main problem is Putin himself',
    cue: 'say',
    mode: 'direct',
    sentence: 0,
    ...at,
  });
  return g;
}

describe('SearchIndex', () => {
  const index = new SearchIndex(sample());

  it('puts the actor before statements that mention the name', () => {
    const hits = index.search('putin');
    expect(hits.map((h) => h.node)).toEqual(['actor:vladimir-putin', 'statement:a:0']);
  });

  it('finds actors by alias and says which alias matched', () => {
    const [hit] = index.search('zelensky');
    expect(hit?.node).toBe('actor:volodymyr-zelenskyy');
    expect(hit?.matched).toBe('Zelensky');
  });

  it('ignores case and accents', () => {
    expect(index.search('PÚTIN')[0]?.node).toBe('actor:vladimir-putin');
  });

  it('searches statement text', () => {
    expect(index.search('main problem')[0]?.node).toBe('statement:a:0');
  });

  it('forgives typos and word order', () => {
    expect(index.search('putn')[0]?.node).toBe('actor:vladimir-putin');
    expect(index.search('Zelenskiy')[0]?.node).toBe('actor:volodymyr-zelenskyy');
    expect(index.search('Putin Vladimir')[0]?.node).toBe('actor:vladimir-putin');
  });

  it('returns nothing for a blank query or no match', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('macron')).toEqual([]);
  });
});
