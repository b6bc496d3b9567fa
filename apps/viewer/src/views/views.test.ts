import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildGraph,
  type Extraction,
  extractArticle,
  listInputFiles,
  readInputFile,
  readMetaTable,
  withMeta,
} from '@parley/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractGraph } from '../api/index.js';
import { loadGraph, mentionsOf, reportersOf, statementsSaidBy, type ViewerGraph } from '../graph/index.js';
import { actorView, communities, drawnGraph, nodeMetric, proposalView, VIEWS } from './index.js';
import {
  edgeRows,
  groupByCommunity,
  rowsToCsv,
  sortRows,
  TABLE_COLUMNS,
  type TableRow,
  tableRows,
} from './table.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

function viewerGraphOf(extractions: Extraction[]): ViewerGraph {
  const built = buildGraph(extractions, { name: 'test', layout: false });
  return loadGraph(built.export() as unknown as ContractGraph).graph;
}

/** The core's fixture corpus: four outlets disagreeing over a summit in Vienna, built for real. */
async function fixtureGraph(): Promise<ViewerGraph> {
  const dir = repo('packages/core/src/analysis/fixtures/');
  const meta = await readMetaTable(`${dir}meta.csv`);
  const inputs = (await Promise.all((await listInputFiles([dir])).map(readInputFile))).flat();
  return viewerGraphOf(
    inputs.map((a) => withMeta(a, meta)).map(({ text, origin: _, ...m }) => extractArticle(text, m)),
  );
}

/** The seed article the repository ships, built for real. */
function seedGraph(): ViewerGraph {
  const dir = repo('graphs/ukraine-peace-talks/articles/');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  return viewerGraphOf(
    files.map((f) => extractArticle(readFileSync(dir + f, 'utf8'), { id: f.replace(/\.txt$/, '') })),
  );
}

let fixture: ViewerGraph;
let seed: ViewerGraph;
beforeAll(async () => {
  fixture = await fixtureGraph();
  seed = seedGraph();
});

describe('actor view', () => {
  it('draws actors only, each with at least one link', () => {
    const drawn = actorView(seed);
    expect(drawn.order).toBeGreaterThan(3);
    drawn.forEachNode((node, attr) => {
      expect(attr.kind).toBe('actor');
      expect(drawn.degree(node)).toBeGreaterThan(0);
    });
    const actors = seed.filterNodes((_n, a) => a.kind === 'actor').length;
    expect(drawn.order + (drawn.getAttribute('isolatedActors') as number)).toBe(actors);
  });

  it('weighs "A talks about B" by the statements A said that mention B', () => {
    const drawn = actorView(seed);
    const talks = drawn.filterEdges((_e, a) => a.type === 'talks_about');
    expect(talks.length).toBeGreaterThan(0);
    for (const edge of talks) {
      const [a, b] = drawn.extremities(edge);
      const expected = statementsSaidBy(seed, a).filter((s) =>
        mentionsOf(seed, s.node).some((m) => m.node === b),
      );
      expect(drawn.getEdgeAttribute(edge, 'weight')).toBe(expected.length);
      expect(drawn.getEdgeAttribute(edge, 'statements')?.sort()).toEqual(expected.map((s) => s.node).sort());
    }
  });

  it('links each outlet to the speakers whose statements it carried', () => {
    const drawn = actorView(seed);
    const expected = new Set<string>();
    seed.forEachNode((statement, attr) => {
      if (attr.kind !== 'statement') return;
      for (const outlet of reportersOf(seed, statement))
        for (const speaker of seed.inNeighbors(statement))
          if (speaker !== outlet.node && seed.getNodeAttribute(speaker, 'kind') === 'actor')
            expected.add(`${outlet.node}->${speaker}`);
    });
    const drawnPairs = drawn
      .filterEdges((_e, a) => a.type === 'reports')
      .map((e) => drawn.extremities(e).join('->'));
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(drawnPairs)).toEqual(expected);
  });

  it('pairs actors on the same and on opposite sides of a proposal, merged per pair', () => {
    const drawn = actorView(fixture);
    const edge = (type: string, a: string, b: string) => `${type}:actor:${a}->actor:${b}`;
    // Weber proposed the Vienna summit, Kiss rejected it: one proposal, two evidence statements.
    const opposed = drawn.getEdgeAttributes(edge('opposite_stance', 'karl-weber', 'laszlo-kiss'));
    expect(opposed).toMatchObject({ count: 1, weight: 2, proposals: ['proposal:summit-in-vienna'] });
    // Lind first backed it, then ruled it out: she stands with and against both of them.
    for (const other of ['karl-weber', 'laszlo-kiss']) {
      expect(drawn.hasEdge(edge('same_stance', 'eva-lind', other))).toBe(true);
      expect(drawn.hasEdge(edge('opposite_stance', 'eva-lind', other))).toBe(true);
    }
    expect(drawn.hasEdge(edge('same_stance', 'karl-weber', 'laszlo-kiss'))).toBe(false);
  });

  it('leaves the loaded graph untouched', () => {
    const before = JSON.stringify(seed.export());
    actorView(seed);
    proposalView(seed);
    expect(JSON.stringify(seed.export())).toBe(before);
  });
});

describe('proposal view', () => {
  it('draws every proposal and only the actors taking a stance on one', () => {
    const drawn = proposalView(seed);
    const proposals = seed.filterNodes((_n, a) => a.kind === 'proposal');
    expect(drawn.filterNodes((_n, a) => a.kind === 'proposal').sort()).toEqual(proposals.sort());
    drawn.forEachNode((node, attr) => {
      expect(['actor', 'proposal']).toContain(attr.kind);
      if (attr.kind === 'actor') expect(drawn.outDegree(node)).toBeGreaterThan(0);
    });
    drawn.forEachEdge((_e, a) => expect(['proposes', 'supports', 'rejects']).toContain(a.type));
  });

  it('merges repeated stances of one actor on one proposal, keeping the count', () => {
    const drawn = proposalView(seed);
    let stanceEdges = 0;
    seed.forEachEdge((_e, a, s) => {
      if (
        ['proposes', 'supports', 'rejects'].includes(a.type) &&
        seed.getNodeAttribute(s, 'kind') === 'actor'
      )
        stanceEdges++;
    });
    const counted = drawn.reduceEdges((sum, _e, a) => sum + (a.count ?? 0), 0);
    expect(counted).toBe(stanceEdges);
    expect(drawn.size).toBeLessThanOrEqual(stanceEdges);
  });
});

describe('view registry', () => {
  it('draws the loaded graph itself in the full view', () => {
    expect(drawnGraph(seed, 'full')).toBe(seed);
    expect(Object.keys(VIEWS)).toEqual(['full', 'actors', 'proposals']);
  });
});

describe('communities and metrics of the actor view', () => {
  it('gives every drawn actor a community, the same one on every run, largest first', () => {
    const drawn = actorView(seed);
    const first = communities(drawn);
    expect([...first.keys()].sort()).toEqual(drawn.nodes().sort());
    expect(communities(drawn)).toEqual(first);
    const sizes = new Map<number, number>();
    for (const c of first.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const ordered = [...sizes].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
  });

  it('puts actors that only talk among themselves in one community', () => {
    const drawn = actorView(fixture);
    const c = communities(drawn);
    // The three leaders of the fixture are all linked by their stances on the Vienna summit.
    expect(new Set(['eva-lind', 'karl-weber', 'laszlo-kiss'].map((a) => c.get(`actor:${a}`))).size).toBe(1);
  });

  it('measures degree on distinct neighbours and weighted degree on statement weights', () => {
    const drawn = actorView(fixture);
    const kiss = 'actor:laszlo-kiss';
    expect(nodeMetric(drawn, 'degree').get(kiss)).toBe(new Set(drawn.neighbors(kiss)).size);
    const weights = drawn.reduceEdges(
      (sum, _e, a, s, t) => (s === kiss || t === kiss ? sum + (a.weight ?? 1) : sum),
      0,
    );
    expect(nodeMetric(drawn, 'weightedDegree').get(kiss)).toBe(weights);
  });

  it('ranks with PageRank summing to one and betweenness highest on a bridge', () => {
    const drawn = actorView(seed);
    const ranks = [...nodeMetric(drawn, 'pagerank').values()];
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const between = nodeMetric(drawn, 'betweenness');
    const [top] = [...between].sort((a, b) => b[1] - a[1]);
    // The most between actor joins actors that are not linked to each other directly.
    const neighbours = drawn.neighbors(top?.[0] ?? '');
    const unlinked = neighbours.some((a) => neighbours.some((b) => a !== b && !drawn.areNeighbors(a, b)));
    expect(unlinked).toBe(true);
  });
});

describe('data table', () => {
  it('has one row per drawn node the filters keep, with its community and metrics', () => {
    const drawn = actorView(seed);
    const groups = communities(drawn);
    const rows = tableRows(drawn, seed, null, groups);
    expect(rows.map((r) => r.key).sort()).toEqual(drawn.nodes().sort());
    const pagerank = nodeMetric(drawn, 'pagerank');
    for (const row of rows) {
      expect(row.pagerank).toBe(pagerank.get(row.key));
      expect(row.community).toBe(groups.get(row.key));
      expect(row.statements).toBe(statementsSaidBy(seed, row.key).length);
    }
    const kept = new Set(drawn.nodes().slice(0, 2));
    expect(tableRows(drawn, seed, kept, groups).map((r) => r.key)).toEqual([...kept]);
  });

  it('groups rows by community, largest first, each group sorted, rows without one last', () => {
    const drawn = actorView(seed);
    const rows = tableRows(drawn, seed, null, communities(drawn));
    const grouped = groupByCommunity(
      [...rows, { ...(rows[0] as TableRow), key: 'x', community: null }],
      'pagerank',
      true,
    );
    expect(grouped.map((g) => g.community)).toEqual(
      [...new Set(rows.map((r) => r.community))].sort((a, b) => (a ?? 0) - (b ?? 0)).concat([null]),
    );
    for (const g of grouped) {
      expect(g.rows.every((r) => r.community === g.community)).toBe(true);
      expect(g.rows).toEqual(sortRows(g.rows, 'pagerank', true));
    }
    expect(grouped.flatMap((g) => g.rows).length).toBe(rows.length + 1);
  });

  it('sorts on any column, nulls last, and writes RFC 4180 CSV', () => {
    const rows = tableRows(proposalView(seed), seed, null, null);
    const sorted = sortRows(rows, 'degree', true);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i - 1] as TableRow).degree).toBeGreaterThanOrEqual((sorted[i] as TableRow).degree);
    expect(sortRows(rows, 'name', false)[0]?.name).toBe(
      [...rows.map((r) => r.name)].sort((a, b) => a.localeCompare(b))[0],
    );
    const csv = rowsToCsv(TABLE_COLUMNS, [{ ...(rows[0] as TableRow), name: 'Says "no", twice' }]).split(
      '\r\n',
    );
    expect(csv[0]).toBe('key,name,kind,community,statements,degree,weightedDegree,pagerank,betweenness');
    expect(csv[1]).toContain(',"Says ""no"", twice",');
    expect(csv[1]?.split(',')[4]).toBe('');
  });
});

describe('edge table', () => {
  it('lists each drawn edge with the texts of the statements behind it', () => {
    const drawn = actorView(fixture);
    const rows = edgeRows(drawn, fixture, null);
    expect(rows.length).toBe(drawn.size);
    const opposed = rows.find((r) => r.key === 'opposite_stance:actor:karl-weber->actor:laszlo-kiss');
    expect(opposed).toMatchObject({ source: 'Karl Weber', target: 'Laszlo Kiss', count: 1, weight: 2 });
    const texts = (drawn.getEdgeAttribute(opposed?.key ?? '', 'statements') ?? []).map((s) =>
      String(fixture.getNodeAttribute(s, 'text')),
    );
    expect(texts.length).toBe(2);
    for (const text of texts) expect(opposed?.statements).toContain(text);
  });

  it('keeps only edges between nodes the filters leave', () => {
    const drawn = actorView(fixture);
    const kept = new Set(['actor:karl-weber', 'actor:laszlo-kiss']);
    const rows = edgeRows(drawn, fixture, kept);
    expect(rows.map((r) => r.key)).toEqual(['opposite_stance:actor:karl-weber->actor:laszlo-kiss']);
  });
});
