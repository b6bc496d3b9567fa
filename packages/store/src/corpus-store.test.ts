import { addToGraph, buildGraph, type Extraction, graphFromTrustedJson } from '@parley/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../scripts/bench/lib/synthetic-graph.mjs';
import { SPEAKER_MATCHES } from './queries.js';
import { type ExtractedArticle, fixtureArticles, seedArticles } from './testing/corpus.js';
import { eachEngine } from './testing/engines.js';
import { DuplicateArticleError, GraphExistsError } from './types.js';

const seedExtractions = () => seedArticles().map((a) => a.x);

/** What the core's own incremental add makes of the articles, one at a time. */
function coreIncremental(extractions: Extraction[], start?: unknown) {
  const graph = start ? graphFromTrustedJson(start) : buildGraph([]);
  for (const x of extractions) addToGraph(graph, [x]);
  return graph.export();
}

const body = (g: { nodes: unknown; edges: unknown } | undefined) =>
  JSON.stringify({ nodes: g?.nodes, edges: g?.edges });

describe.each(eachEngine())('corpus store on $name', (engine) => {
  let corpus: ExtractedArticle[] = [];
  beforeAll(async () => {
    corpus = await fixtureArticles();
  });
  const available = () => {
    const why = engine.skipped();
    if (why) console.warn(`[store tests] skipped on ${engine.name}: ${why}`);
    return !why;
  };

  it('gives back the seed graph.json exactly as imported', async () => {
    if (!available()) return;
    const json = JSON.stringify(buildGraph(seedExtractions(), { name: 'seed', layout: true }).export());
    await engine.store().importGraph('seed', JSON.parse(json));
    expect(JSON.stringify(await engine.store().exportGraph('seed'))).toBe(json);
    expect(await engine.store().graphs()).toContain('seed');
  });

  it('gives back a synthetic graph exactly as imported', async () => {
    if (!available()) return;
    const json = JSON.stringify(syntheticGraph({ articles: 40 }));
    await engine.store().importGraph('synthetic', JSON.parse(json));
    expect(JSON.stringify(await engine.store().exportGraph('synthetic'))).toBe(json);
  });

  it('imports article texts with a graph, and refuses a text that is not the one extracted', async () => {
    if (!available()) return;
    const store = engine.store();
    const graph = buildGraph(
      corpus.map((c) => c.x),
      { name: 'texts' },
    ).export();
    const texts = new Map(corpus.map((c) => [c.x.article.id, c.text]));
    const result = await store.importGraph('texts', graph, { texts });
    expect(result).toMatchObject({ articles: corpus.length, texts: corpus.length, replaced: false });
    const [first] = corpus as [ExtractedArticle];
    expect(await store.articleText('texts', first.x.article.id)).toBe(first.text);
    expect(await store.articleText('texts', 'no-such-article')).toBeUndefined();
    const altered = new Map([[first.x.article.id, `${first.text} And one more sentence.`]]);
    await expect(store.importGraph('texts-bad', graph, { texts: altered })).rejects.toThrow(/sha256 differs/);
    const stray = new Map([['not-in-graph', first.text]]);
    await expect(store.importGraph('texts-bad', graph, { texts: stray })).rejects.toThrow(
      /no article of the graph/,
    );
    expect(await store.graphs()).not.toContain('texts-bad');
  });

  it('refuses to import over a stored graph unless told to replace it, then replaces it whole', async () => {
    if (!available()) return;
    const store = engine.store();
    const seed = buildGraph(seedExtractions(), { name: 'again' }).export();
    const other = buildGraph(
      corpus.map((c) => c.x),
      { name: 'again' },
    ).export();
    await store.importGraph('again', seed);
    const error = await store.importGraph('again', other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphExistsError);
    expect((error as GraphExistsError).message).toBe('a graph named "again" is stored already');
    expect(JSON.stringify(await store.exportGraph('again'))).toBe(JSON.stringify(seed));
    const version = (await store.versions()).get('again');
    expect(version).toBeTruthy();
    const result = await store.importGraph('again', other, { replace: true });
    const replacedVersion = (await store.versions()).get('again');
    expect(replacedVersion).not.toBe(version);
    expect(result.replaced).toBe(true);
    expect(JSON.stringify(await store.exportGraph('again'))).toBe(JSON.stringify(other));
    // nothing of the old graph is left: its statements would be counted (and found by text)
    const all = await store.statements('again', { limit: 1000 });
    expect(all.total).toBe(other.nodes.filter((n) => n.attributes?.kind === 'statement').length);
    // and a new article merges into the new graph as the core would merge it
    const [x] = seedExtractions() as [Extraction];
    await store.addExtraction('again', x);
    expect((await store.versions()).get('again')).not.toBe(replacedVersion);
    expect(body(await store.exportGraph('again'))).toBe(body(coreIncremental([x], other)));
  });

  it('ranks who-said in the engine and counts speakers over the best matches when more match', async () => {
    if (!available()) return;
    const store = engine.store();
    await store.importGraph('many', syntheticGraph({ articles: 1000 }));
    const answer = await store.whoSaid('many', { q: 'summit', limit: 10 });
    expect(answer.total).toBeGreaterThan(SPEAKER_MATCHES);
    expect(answer.speakersOver).toBe(SPEAKER_MATCHES);
    const scores = answer.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const next = await store.whoSaid('many', { q: 'summit', limit: 10, offset: 10 });
    expect(next.items[0]?.score).toBeLessThanOrEqual(scores.at(-1) as number);
    expect(next.items.map((i) => i.key)).not.toContain(answer.items[0]?.key);
    // a speaker's count is of the best matches only: at most all its matching statements
    const top = answer.speakers[0] as { actor: string; statements: number };
    const all = await store.statements('many', { speaker: top.actor, q: 'summit', limit: 1 });
    expect(top.statements).toBeGreaterThan(0);
    expect(top.statements).toBeLessThanOrEqual(all.total);
  });

  it("adds articles one at a time as the core's addToGraph merges them", async () => {
    if (!available()) return;
    const store = engine.store();
    const results = [];
    for (const { x, text } of corpus) results.push(await store.addExtraction('fixtures', x, { text }));
    const expected = coreIncremental(corpus.map((c) => c.x));
    expect(body(await store.exportGraph('fixtures'))).toBe(body(expected));
    // the corpus repeats actors across articles: later articles merge into earlier ones' actors
    expect(results.slice(1).some((r) => r.actorsMerged > 0)).toBe(true);
  });

  it('adds an article to an imported graph.json as the core adds it to the graph', async () => {
    if (!available()) return;
    const [first, ...rest] = corpus.map((c) => c.x);
    const start = buildGraph(rest, { name: 'mixed', layout: true }).export();
    await engine.store().importGraph('mixed', start);
    await engine.store().addExtraction('mixed', first as Extraction);
    const expected = coreIncremental([first as Extraction], start);
    expect(body(await engine.store().exportGraph('mixed'))).toBe(body(expected));
  });

  it('refuses an article it holds (same id, or same text) and stores nothing of it', async () => {
    if (!available()) return;
    const store = engine.store();
    const [x] = seedExtractions() as [Extraction];
    await store.addExtraction('dupes', x);
    const before = JSON.stringify(await store.exportGraph('dupes'));
    await expect(store.addExtraction('dupes', x)).rejects.toBeInstanceOf(DuplicateArticleError);
    const copy = { ...x, article: { ...x.article, id: 'copy-of-seed' } };
    await expect(store.addExtraction('dupes', copy)).rejects.toThrow(/its text is the article article:/);
    expect(JSON.stringify(await store.exportGraph('dupes'))).toBe(before);
  });

  it('filters statements by speaker name, article and date, in graph or date order', async () => {
    if (!available()) return;
    const store = engine.store();
    const all = await store.statements('fixtures', { limit: 1000 });
    expect(all.total).toBeGreaterThan(3);
    const withSpeaker = all.items.find((s) => s.speakers.length > 0);
    const speaker = withSpeaker?.speakers[0] as string;
    const bySpeaker = await store.statements('fixtures', { speaker, limit: 1000 });
    expect(bySpeaker.items.every((s) => s.speakers.includes(speaker))).toBe(true);
    expect(bySpeaker.total).toBe(all.items.filter((s) => s.speakers.includes(speaker)).length);
    const article = all.items[0]?.attributes.article as string;
    const inArticle = await store.statements('fixtures', { article, limit: 1000 });
    expect(inArticle.total).toBe(all.items.filter((s) => s.attributes.article === article).length);
    const newest = await store.statements('fixtures', { sort: '-date', limit: 1000 });
    expect(newest.total).toBe(all.total);
    expect(newest.items.map((s) => s.key)).not.toEqual(all.items.map((s) => s.key));
  });

  it('ranks who-said matches and their speakers, and counts an actor profile', async () => {
    if (!available()) return;
    const store = engine.store();
    const answer = await store.whoSaid('fixtures', { q: 'summit' });
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.items.every((s) => /summit/i.test(s.attributes.text))).toBe(true);
    expect(answer.speakers.length).toBeGreaterThan(0);
    const top = answer.speakers[0]?.actor as string;
    const profile = await store.actorProfile('fixtures', top);
    expect(profile?.statements).toBeGreaterThanOrEqual(answer.speakers[0]?.statements ?? 1);
    expect(await store.actorProfile('fixtures', 'actor:nobody-at-all')).toBeUndefined();
  });
});
