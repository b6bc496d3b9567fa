import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import { buildGraph } from '../graph/index.js';
import type { ParleyGraph } from '../graph/types.js';
import { listInputFiles, readInputFile, readMetaTable, withMeta } from '../io/index.js';
import { actorTimeline, contradictions, inRange, proposalTimeline, repeatedQuotes } from './index.js';

const corpus = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The fixture corpus built as `parley build <corpus> --meta meta.csv` builds it. */
async function buildCorpus(): Promise<ParleyGraph> {
  const meta = await readMetaTable(join(corpus, 'meta.csv'));
  const articles = (await Promise.all((await listInputFiles([corpus])).map(readInputFile))).flat();
  return buildGraph(
    articles.map(({ text, origin: _, ...m }) =>
      extractArticle(text, withMeta({ text, origin: '', ...m }, meta)),
    ),
  );
}

describe('a corpus over time (the fixture corpus, known by construction)', () => {
  let graph: ParleyGraph;
  beforeAll(async () => {
    graph = await buildCorpus();
  });

  it('dates every article from its own format', () => {
    const dates = Object.fromEntries(
      graph.filterNodes((_, a) => a.kind === 'article').map((k) => [k, graph.getNodeAttribute(k, 'date')]),
    );
    expect(dates).toEqual({
      'article:herald_2024-01-10_summit-proposed': '2024-01-10',
      'article:courier': '2024-01-11T07:30:00Z',
      'article:wire-weber-appeal': '2024-01-12',
      'article:bulletin_lind': '2024-02-20',
    });
  });

  it('finds the one stance change, with both evidence statements and dates', () => {
    const changes = contradictions(graph).filter((c) => c.kind === 'stance_change');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actor: 'actor:eva-lind',
      proposal: 'proposal:summit-in-vienna',
      from: { stance: 'supports', date: '2024-01-10', text: 'she supports a summit in Vienna' },
      to: { stance: 'rejects', date: '2024-02-20', publisher: 'The Bulletin' },
    });
  });

  it('finds the one disagreement, and ranks the change of mind first', () => {
    const found = contradictions(graph);
    expect(found.map((c) => c.kind)).toEqual(['stance_change', 'disagreement']);
    expect(found[1]).toMatchObject({
      proposal: 'proposal:summit-in-vienna',
      for: { actor: 'actor:karl-weber', evidence: [{ stance: 'proposes' }] },
      against: { actor: 'actor:laszlo-kiss', evidence: [{ stance: 'rejects' }] },
    });
  });

  it('groups the quote three outlets carried, first seen first, and nothing else', () => {
    const groups = repeatedQuotes(graph);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.outlets).toBe(3);
    expect(groups[0]?.speakers).toEqual(['actor:karl-weber']);
    expect(groups[0]?.occurrences.map((o) => o.publisher)).toEqual(['herald', 'The Courier', 'Wire Service']);
    expect(groups[0]?.occurrences[1]?.text).toContain('There is no other way');
  });

  it("gives an actor's statements and stances by date, and a range cuts them", () => {
    const lind = actorTimeline(graph, 'actor:eva-lind');
    expect(lind.map((e) => [e.kind, e.date, e.stance ?? e.text])).toEqual([
      ['statement', '2024-01-10', 'she supports a summit in Vienna'],
      ['stance', '2024-01-10', 'supports'],
      ['statement', '2024-02-20', 'a summit in Vienna'],
      ['stance', '2024-02-20', 'rejects'],
      ['statement', '2024-02-20', 'the conditions were not met'],
    ]);
    const later = actorTimeline(graph, 'actor:eva-lind', { since: '2024-02-01' });
    expect(later.map((e) => e.date)).toEqual(['2024-02-20', '2024-02-20', '2024-02-20']);
    const summit = proposalTimeline(graph, 'proposal:summit-in-vienna');
    expect(summit.map((e) => `${e.actor} ${e.stance} ${e.date}`)).toEqual([
      'actor:karl-weber proposes 2024-01-10',
      'actor:eva-lind supports 2024-01-10',
      'actor:laszlo-kiss rejects 2024-01-10',
      'actor:eva-lind rejects 2024-02-20',
    ]);
  });
});

describe('date ranges', () => {
  it('includes the whole of an until day and leaves undated things out of bounded ranges', () => {
    expect(inRange('2016-10-12T20:00:00Z', undefined, '2016-10-12')).toBe(true);
    expect(inRange('2016-10-13', undefined, '2016-10-12')).toBe(false);
    expect(inRange(undefined, '2016-01-01')).toBe(false);
    expect(inRange(undefined)).toBe(true);
  });
});
