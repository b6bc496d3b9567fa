// The database store answers the API's statement, who-said and profile queries as the API's
// in-memory index does today, on the seed graph and the core's fixture corpus (dated articles).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoadedGraph } from '@parley/api';
import { buildGraph, type ParleyGraph } from '@parley/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorProfile } from '../../apps/api/src/queries/actors.js';
import { findStatements } from '../../apps/api/src/queries/statements.js';
import { whoSaid } from '../../apps/api/src/queries/who-said.js';
import { ActorProfileQuery, StatementQuery, WhoSaidQuery } from '../../apps/api/src/schemas/params.js';
import type { GraphIndex } from '../../apps/api/src/store/graph-index.js';
import { SPEAKER_MATCHES } from '../../packages/store/src/queries.js';
import { fixtureArticles, seedArticles } from '../../packages/store/src/testing/corpus.js';
import { eachEngine } from '../../packages/store/src/testing/engines.js';

async function graphs(): Promise<Record<string, ParleyGraph>> {
  const seed = seedArticles().map((a) => a.x);
  const fixtures = (await fixtureArticles()).map((a) => a.x);
  return { seed: buildGraph(seed, { name: 'seed' }), fixtures: buildGraph(fixtures, { name: 'fixtures' }) };
}

const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe.each(eachEngine())('store answers as the API on $name', (engine) => {
  const indexes: Record<string, GraphIndex> = {};
  beforeAll(async () => {
    if (engine.skipped()) return;
    for (const [name, graph] of Object.entries(await graphs())) {
      indexes[name] = new LoadedGraph(name, graph, join(tmpdir(), 'parley-no-articles')).index;
      await engine.store().importGraph(`parity-${name}`, graph.export());
    }
  });
  const each = (test: (name: string, index: GraphIndex) => Promise<void>) => async () => {
    if (engine.skipped()) return console.warn(`[store tests] skipped on ${engine.name}: ${engine.skipped()}`);
    for (const [name, index] of Object.entries(indexes)) await test(`parity-${name}`, index);
  };

  it(
    'lists the same statements for every speaker, article, date range and order',
    each(async (name, index) => {
      const filters: Record<string, string>[] = [{}, { sort: 'date' }, { sort: '-date' }];
      for (const speaker of index.bySpeaker.keys()) filters.push({ speaker }, { speaker, sort: '-date' });
      for (const article of index.byArticle.keys()) filters.push({ article });
      filters.push(
        { since: '2024-01-11' },
        { until: '2024-01-12' },
        { since: '2024-01-10', until: '2024-02-01' },
      );
      for (const filter of filters) {
        const api = findStatements(index, StatementQuery.parse({ ...filter, limit: 500 }));
        const stored = await engine.store().statements(name, { ...filter, limit: 500 });
        expect({ filter, total: stored.total, keys: keys(stored.items) }).toEqual({
          filter,
          total: api.total,
          keys: keys(api.items),
        });
      }
    }),
  );

  it(
    'finds the same who-said matches with the same speakers',
    each(async (name, index) => {
      const words = new Set(
        index.statements.flatMap((k) =>
          (index.attributes(k) as { text: string }).text.split(/\s+/).slice(0, 3),
        ),
      );
      for (const q of [...words].filter((w) => /^\p{L}{4,}$/u.test(w)).slice(0, 25)) {
        const api = whoSaid(index, WhoSaidQuery.parse({ q, limit: 100 }));
        const stored = await engine.store().whoSaid(name, { q, limit: 100 });
        expect({ q, total: stored.total }).toEqual({ q, total: api.total });
        expect(keys(stored.items).sort()).toEqual(keys(api.items).sort());
        const tally = (s: { actor: string | { key: string }; statements: number }[]) =>
          s.map((x) => `${typeof x.actor === 'string' ? x.actor : x.actor.key}:${x.statements}`).sort();
        expect(tally(stored.speakers)).toEqual(tally(api.speakers));
        expect(stored.speakersOver).toBe(Math.min(api.total, SPEAKER_MATCHES));
      }
    }),
  );

  it(
    'orders who-said matches by date and keeps to a date range as the API does',
    each(async (name, index) => {
      const filters: Record<string, string>[] = [
        { sort: 'date' },
        { sort: '-date' },
        { since: '2024-01-11' },
        { since: '2024-01-10', until: '2024-02-01', sort: '-date' },
      ];
      let matched = 0;
      for (const q of ['said', 'minister', 'talks', 'ceasefire', 'summit'])
        for (const filter of filters) {
          const api = whoSaid(index, WhoSaidQuery.parse({ q, ...filter, limit: 100 }));
          const stored = await engine.store().whoSaid(name, { q, ...filter, limit: 100 });
          const order = (items: { key: string }[]) => (filter.sort ? keys(items) : keys(items).sort());
          expect({ q, filter, total: stored.total, keys: order(stored.items) }).toEqual({
            q,
            filter,
            total: api.total,
            keys: order(api.items),
          });
          // a page further on is the same slice of the same order
          const second = await engine.store().whoSaid(name, { q, ...filter, limit: 2, offset: 2 });
          if (filter.sort) expect(keys(second.items)).toEqual(keys(stored.items).slice(2, 4));
          matched += api.total;
        }
      expect(matched).toBeGreaterThan(0);
    }),
  );

  it(
    "counts every actor's profile as the API does",
    each(async (name, index) => {
      for (const key of index.actors) {
        const api = actorProfile(index, key, 200, ActorProfileQuery.parse({}));
        const stored = await engine.store().actorProfile(name, key);
        expect({
          key,
          statements: stored?.statements,
          saidAbout: stored?.saidAbout,
          stances: stored?.stances,
          proposals: stored?.proposals,
          affiliations: stored?.affiliations,
          members: stored?.members,
        }).toEqual({
          key,
          statements: api.statements,
          saidAbout: api.saidAbout.total,
          stances: api.stances.total,
          proposals: api.proposals,
          affiliations: api.affiliations.map((a) => a.key),
          members: api.members.map((a) => a.key),
        });
      }
    }),
  );
});
