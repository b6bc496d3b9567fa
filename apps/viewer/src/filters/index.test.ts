import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ViewerGraph } from '../graph/index.js';
import { actorView } from '../views/index.js';
import {
  articleDays,
  articlePublishers,
  drawnSubset,
  egoNetwork,
  NO_FILTERS,
  visibleNodes,
} from './index.js';

/** article a contains s0 (said by putin, mentions ukraine) and s1 (said by trump). */
function sample(): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph();
  const at = { x: 0, y: 0 };
  const actor = (key: string, type: 'person' | 'country' | 'media') =>
    g.addNode(key, { kind: 'actor', label: key, aliases: [], type, mentions: 1, ...at });
  const statement = (key: string, article: string, confidence?: number) =>
    g.addNode(key, {
      kind: 'statement',
      label: key,
      article,
      span: [0, 1],
      cueSpan: [1, 2],
      speakerSpan: null,
      text: key,
      cue: 'say',
      mode: 'direct',
      sentence: 0,
      ...(confidence === undefined ? {} : { confidence }),
      ...at,
    });
  g.addNode('article:a', {
    kind: 'article',
    label: 'A',
    id: 'a',
    chars: 10,
    sha256: '',
    date: '2016-03-01',
    publisher: 'Daily',
    ...at,
  });
  g.addNode('article:b', {
    kind: 'article',
    label: 'B',
    id: 'b',
    chars: 10,
    sha256: '',
    date: '2016-05-20T23:30:00-04:00',
    publisher: 'Weekly',
    ...at,
  });
  actor('putin', 'person');
  actor('trump', 'person');
  actor('ukraine', 'country');
  actor('afp', 'media');
  statement('s0', 'a', 0.95);
  statement('s1', 'a', 0.4);
  statement('s2', 'b');
  g.addEdge('article:a', 's0', { type: 'contains' });
  g.addEdge('article:a', 's1', { type: 'contains' });
  g.addEdge('article:b', 's2', { type: 'contains' });
  g.addEdge('putin', 's0', { type: 'said' });
  g.addEdge('s0', 'ukraine', { type: 'mentions' });
  g.addEdge('trump', 's1', { type: 'said' });
  g.addEdge('s2', 'afp', { type: 'reported_by' });
  return g;
}

describe('filters', () => {
  const g = sample();

  it('hides nothing by default (null means all visible)', () => {
    expect(visibleNodes(g, NO_FILTERS, null)).toBeNull();
  });

  it('hides node kinds and actor types', () => {
    const visible = visibleNodes(
      g,
      { ...NO_FILTERS, hiddenKinds: ['statement'], hiddenActorTypes: ['media'] },
      null,
    );
    expect([...(visible ?? [])].sort()).toEqual(['article:a', 'article:b', 'putin', 'trump', 'ukraine']);
  });

  it('keeps one article with its statements and their actors', () => {
    const visible = visibleNodes(g, { ...NO_FILTERS, article: 'a' }, null);
    expect([...(visible ?? [])].sort()).toEqual(['article:a', 'putin', 's0', 's1', 'trump', 'ukraine']);
  });

  it('walks the ego network without going through articles', () => {
    expect([...egoNetwork(g, 'putin', 1)].sort()).toEqual(['putin', 's0']);
    expect([...egoNetwork(g, 'putin', 2)].sort()).toEqual(['putin', 's0', 'ukraine']);
    const visible = visibleNodes(g, { ...NO_FILTERS, ego: 1 }, 'putin');
    expect([...(visible ?? [])].sort()).toEqual(['putin', 's0']);
  });

  it('hides statements the model is less sure of than the confidence filter; others stay', () => {
    const g = sample();
    const visible = visibleNodes(g, { ...NO_FILTERS, minConfidence: 0.7 }, null)!;
    expect(visible.has('s0')).toBe(true);
    expect(visible.has('s1')).toBe(false);
    // a statement without a confidence (a graph built before the model) is not hidden
    expect(visible.has('s2')).toBe(true);
    expect(visible.has('putin')).toBe(true);
  });

  it('keeps the articles of a date range with their contents and actors; the until day counts whole', () => {
    expect(articleDays(g)).toEqual([
      { day: '2016-03-01', articles: 1 },
      { day: '2016-05-20', articles: 1 },
    ]);
    const spring = visibleNodes(g, { ...NO_FILTERS, since: '2016-04-01' }, null);
    expect([...(spring ?? [])].sort()).toEqual(['afp', 'article:b', 's2']);
    const march = visibleNodes(g, { ...NO_FILTERS, until: '2016-03-01' }, null);
    expect([...(march ?? [])].sort()).toEqual(['article:a', 'putin', 's0', 's1', 'trump', 'ukraine']);
    expect(visibleNodes(g, { ...NO_FILTERS, since: '2017-01-01' }, null)?.size).toBe(0);
  });
});

describe('what is drawn after every filter', () => {
  const g = sample();
  const sorted = (set: Set<string> | null) => [...(set ?? [])].sort();

  it('draws everything (null sets) when no filter is on', () => {
    expect(drawnSubset(g, g, NO_FILTERS, null)).toEqual({ nodes: null, edges: null });
  });

  it('keeps one publisher with its articles, their contents and actors', () => {
    expect(articlePublishers(g)).toEqual([
      { publisher: 'Daily', articles: 1 },
      { publisher: 'Weekly', articles: 1 },
    ]);
    const { nodes, edges } = drawnSubset(g, g, { ...NO_FILTERS, publisher: 'Weekly' }, null);
    expect(sorted(nodes)).toEqual(['afp', 'article:b', 's2']);
    // only the edges between drawn nodes
    expect(edges?.size).toBe(2);
  });

  it('counts degree over the edges left drawn, then hides the nodes left alone', () => {
    const hidden = { ...NO_FILTERS, hiddenEdgeTypes: ['contains' as const] };
    const degree = drawnSubset(g, g, { ...hidden, minDegree: 2 }, null);
    expect(sorted(degree.nodes)).toEqual(['s0']);
    expect(degree.edges?.size).toBe(0);
    const isolated = drawnSubset(g, g, { ...hidden, hideIsolated: true }, null);
    // the articles only had contains edges; putin..afp keep theirs
    expect(sorted(isolated.nodes)).toEqual(['afp', 'putin', 's0', 's1', 's2', 'trump', 'ukraine']);
    expect(isolated.edges?.size).toBe(4);
  });

  it('counts a degree in distinct neighbours: parallel edges once, a self-loop not at all', () => {
    const g2 = sample();
    g2.addEdge('putin', 's0', { type: 'said' });
    g2.addNode('solo', {
      kind: 'actor',
      label: 'solo',
      aliases: [],
      type: 'person',
      mentions: 1,
      x: 0,
      y: 0,
    });
    g2.addEdge('solo', 'solo', { type: 'mentions' });
    const hidden = { ...NO_FILTERS, hiddenEdgeTypes: ['contains' as const] };
    const two = drawnSubset(g2, g2, { ...hidden, minDegree: 2 }, null);
    expect(sorted(two.nodes)).toEqual(['s0']);
    // a drawn self-loop is an edge on screen: its node is not isolated
    expect(drawnSubset(g2, g2, { ...hidden, hideIsolated: true }, null).nodes?.has('solo')).toBe(true);
    expect(two.nodes?.has('solo')).toBe(false);
  });

  it('weighs a merged edge by the statements the filters keep, and drops it when none is left', () => {
    const drawn = actorView(g);
    const talks = drawn.edges('putin', 'ukraine')[0] as string;
    const draws = (f: Partial<typeof NO_FILTERS>) => {
      const { edges } = drawnSubset(drawn, g, { ...NO_FILTERS, ...f }, null);
      return edges === null || edges.has(talks);
    };
    expect(draws({ minWeight: 1 })).toBe(true);
    expect(draws({ minWeight: 2 })).toBe(false);
    // s0 (putin talks about ukraine) is sure enough at 0.9; at 0.99 the edge has nothing behind it
    expect(draws({ minConfidence: 0.9 })).toBe(true);
    expect(draws({ minConfidence: 0.99 })).toBe(false);
    const strict = drawnSubset(drawn, g, { ...NO_FILTERS, minConfidence: 0.99, hideIsolated: true }, null);
    expect(strict.edges?.size).toBe(0);
    expect(strict.nodes?.size).toBe(0);
  });
});
