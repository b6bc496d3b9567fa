import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type GoldArticle,
  GoldError,
  type GoldFixture,
  loadGold,
  readGoldFixture,
  scoreGraph,
  splitAvailable,
} from '../../scripts/bench/lib/proposal-gold.mjs';

// Checks the gold of issue 15 against its texts and the scorer against made-up graphs. It never runs
// Parley: the heldout articles are for measuring with scripts/bench/proposals-score.mjs only.

const word = /[\p{L}\p{N}]/u;
/** Whether a span starts and ends on word boundaries, without blanks at its edges. */
function clean(text: string, [start, end]: [number, number]): boolean {
  const cutStart = start > 0 && word.test(text[start - 1]!) && word.test(text[start]!);
  const cutEnd = word.test(text[end - 1]!) && word.test(text[end] ?? '');
  return !cutStart && !cutEnd && !/\s/.test(text[start]!) && !/\s/.test(text[end - 1]!);
}

const expected = { fit: [15, null, null], heldout: [10, null, null], seed: [1, 15, 26] } as const;

for (const split of ['fit', 'heldout', 'seed'] as const) {
  const present = splitAvailable(split);
  describe.skipIf(!present)(`the ${split} gold`, () => {
    const golds = present ? loadGold(split) : [];
    const [articles, proposals, stances] = expected[split];

    it(`loads ${articles} article(s), each checked against its text (hash, spans, labels)`, () => {
      expect(golds).toHaveLength(articles);
      if (proposals !== null) expect(golds.flatMap((g) => g.proposals)).toHaveLength(proposals);
      if (stances !== null)
        expect(golds.flatMap((g) => g.proposals.flatMap((p) => p.stances))).toHaveLength(stances);
      for (const g of golds) expect(g.proposals.length).toBeGreaterThan(0);
    });

    it.skipIf(split === 'seed')('has spans on word boundaries and texts without astral characters', () => {
      const bad = golds.flatMap((g) =>
        g.proposals.flatMap((p) =>
          [...p.mentions, ...p.stances.map((s) => s.span)]
            .filter((span) => !clean(g.text, span))
            .map((span) => `${g.article} ${p.id} [${span}]`),
        ),
      );
      expect(bad).toEqual([]);
      // UTF-16 offsets equal PolNeAR's code point offsets only on BMP text: the README relies on it
      for (const g of golds) expect([...g.text].length, g.article).toBe(g.text.length);
    });

    it.skipIf(split === 'seed')(
      'has proposals with stances, mentions and distinct ids in every article',
      () => {
        for (const g of golds) {
          expect(new Set(g.proposals.map((p) => p.id)).size, g.article).toBe(g.proposals.length);
          expect(
            g.proposals.some((p) => p.stances.length > 0),
            g.article,
          ).toBe(true);
        }
      },
    );
  });
}

// ---- a made-up article and graphs for the scorer ----

const text =
  'The mayor proposed a new bridge over the river. The council rejected the bridge plan, the paper said. ' +
  'The governor urged a ferry service instead.';
const at = (phrase: string): [number, number] => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return [start, start + phrase.length];
};
const fixture: GoldFixture = {
  article: 'made-up',
  path: '',
  sha256: createHash('sha256').update(text).digest('hex'),
  proposals: [
    {
      id: 'bridge',
      label: 'New bridge over the river',
      accept: ['bridge'],
      category: 'spending',
      mentions: [at('a new bridge over the river'), at('the bridge plan')],
      stances: [
        { actor: 'mayor', stance: 'proposes', span: at('proposed a new bridge over the river') },
        { actor: 'council', stance: 'rejects', span: at('rejected the bridge plan'), reportedBy: 'paper' },
      ],
    },
    {
      id: 'ferry',
      label: 'Ferry service',
      accept: ['ferry'],
      category: 'policy',
      mentions: [at('a ferry service')],
      stances: [{ actor: 'governor', stance: 'proposes', span: at('urged a ferry service') }],
    },
  ],
};

const dir = mkdtempSync(path.join(tmpdir(), 'proposal-gold-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Writes the made-up text and a fixture beside it, and reads the fixture back as the scorer does. */
function goldFrom(f: GoldFixture): GoldArticle {
  const textFile = path.join(dir, 'made-up.txt');
  writeFileSync(textFile, text);
  const file = path.join(dir, `fixture-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...f, path: textFile }));
  return readGoldFixture(file);
}

type Edge = { source: string; target: string; attributes: Record<string, unknown> };
/** A graph in the contract's serialization: actors, proposals with their spans, stance edges. */
function graphOf(
  proposals: { key: string; label: string; category: string; span: [number, number] }[],
  stances: { actor: string; type: string; target: string; span: [number, number]; statement?: string }[],
  extra: { nodes?: { key: string; attributes: Record<string, unknown> }[]; edges?: Edge[] } = {},
) {
  const actors = ['Mayor', 'Council', 'Governor', 'The Paper'].map((label) => ({
    key: `actor:${label.toLowerCase().replace(' ', '-')}`,
    attributes: { kind: 'actor', label, aliases: [label], type: 'organization', mentions: 1 },
  }));
  return {
    attributes: {},
    options: { type: 'directed', multi: true },
    nodes: [
      {
        key: 'article:made-up',
        attributes: { kind: 'article', id: 'made-up', label: 'x', chars: 1, sha256: 'x' },
      },
      ...actors,
      ...proposals.map((p) => ({
        key: p.key,
        attributes: {
          kind: 'proposal',
          label: p.label,
          text: '',
          category: p.category,
          article: 'made-up',
          span: p.span,
        },
      })),
      ...(extra.nodes ?? []),
    ],
    edges: [
      ...proposals.map((p) => ({
        source: 'article:made-up',
        target: p.key,
        attributes: { type: 'contains', article: 'made-up', span: p.span },
      })),
      ...stances.map((s) => ({
        source: `actor:${s.actor}`,
        target: s.target,
        attributes: {
          type: s.type,
          article: 'made-up',
          span: s.span,
          ...(s.statement ? { statement: s.statement } : {}),
        },
      })),
      ...(extra.edges ?? []),
    ],
  };
}

const bridge = {
  key: 'proposal:bridge',
  label: 'Bridge over the river',
  category: 'spending',
  span: at('a new bridge over the river'),
};
const ferry = {
  key: 'proposal:ferry',
  label: 'Ferry service',
  category: 'other',
  span: at('a ferry service'),
};
const rightStances = [
  { actor: 'mayor', type: 'proposes', target: bridge.key, span: at('proposed a new bridge over the river') },
  {
    actor: 'council',
    type: 'rejects',
    target: bridge.key,
    span: at('rejected the bridge plan'),
    statement: 'statement:made-up:0',
  },
  { actor: 'governor', type: 'proposes', target: ferry.key, span: at('urged a ferry service') },
];
const reporting = {
  nodes: [{ key: 'statement:made-up:0', attributes: { kind: 'statement', article: 'made-up' } }],
  edges: [
    {
      source: 'statement:made-up:0',
      target: 'actor:the-paper',
      attributes: { type: 'reported_by', article: 'made-up' },
    },
  ],
};

describe('scoreGraph', () => {
  const gold = goldFrom(fixture);

  it('gives a graph holding exactly the gold full marks, reporter included', () => {
    const { overall } = scoreGraph([gold], graphOf([bridge, ferry], rightStances, reporting));
    expect(overall.shares).toMatchObject({
      found: 1,
      rightStance: 1,
      labelPrecision: 1,
      spurious: 0,
      reportedBy: 1,
    });
    expect(overall.shares.categoryAgreement).toBe(0.5); // the ferry's category differs
    expect(overall.counts.duplicates).toBe(0);
  });

  it('counts a proposal touching no gold span as spurious, and an empty graph as finding nothing', () => {
    const junk = {
      key: 'proposal:the-council',
      label: 'The council',
      category: 'other',
      span: at('The council'),
    };
    expect(scoreGraph([gold], graphOf([bridge, ferry, junk], rightStances)).overall.counts).toMatchObject({
      spurious: 1,
      parleyProposals: 3,
    });
    const none = scoreGraph([gold], graphOf([], [])).overall;
    expect(none.shares).toMatchObject({ found: 0, rightStance: 0, labelPrecision: null, spurious: null });
  });

  it('wants the right actor and stance type on the right proposal, and the reporter', () => {
    const wrong = [
      { ...rightStances[0]!, actor: 'council' }, // wrong actor
      { ...rightStances[1]!, type: 'supports' }, // wrong stance
      { ...rightStances[2]!, target: bridge.key }, // on another proposal
    ];
    expect(scoreGraph([gold], graphOf([bridge, ferry], wrong)).overall.counts.rightStance).toBe(0);
    const unreported = scoreGraph([gold], graphOf([bridge, ferry], rightStances)).overall.counts;
    expect(unreported).toMatchObject({ rightStance: 3, reportedByGold: 1, reportedByRight: 0 });
  });

  it('judges labels by the accept patterns and counts a second node for one proposal as a duplicate', () => {
    const fragment = { ...bridge, key: 'proposal:over-the', label: 'Over the' };
    const plan = { ...bridge, key: 'proposal:plan', label: 'Bridge plan', span: at('the bridge plan') };
    const { counts, shares } = scoreGraph([gold], graphOf([fragment, plan, ferry], rightStances)).overall;
    expect(counts).toMatchObject({ found: 2, matched: 3, labelOk: 2, duplicates: 1 });
    expect(shares.labelPrecision).toBeCloseTo(2 / 3);
  });

  it('ignores what the graph found in other articles', () => {
    const elsewhere = graphOf([bridge, ferry], rightStances);
    for (const e of elsewhere.edges) e.attributes.article = 'another-article';
    for (const n of elsewhere.nodes) {
      const attributes: Record<string, unknown> = n.attributes;
      if (attributes.kind === 'proposal') attributes.article = 'another-article';
    }
    expect(scoreGraph([gold], elsewhere).overall.counts).toMatchObject({ found: 0, parleyProposals: 0 });
  });
});

describe('readGoldFixture', () => {
  it('refuses a fixture whose text changed, with the file named', () => {
    expect(() => goldFrom({ ...fixture, sha256: '0'.repeat(64) })).toThrow(GoldError);
    expect(() => goldFrom({ ...fixture, sha256: '0'.repeat(64) })).toThrow(/sha256 differs/);
  });

  it('refuses spans beyond the text, labels their own patterns reject, copied text and unknown categories', () => {
    const [bridgeGold, ferryGold] = fixture.proposals as [
      GoldFixture['proposals'][0],
      GoldFixture['proposals'][0],
    ];
    const withBridge = (p: Partial<typeof bridgeGold>) => ({
      ...fixture,
      proposals: [{ ...bridgeGold, ...p }, ferryGold],
    });
    expect(() => goldFrom(withBridge({ mentions: [[0, text.length + 5]] }))).toThrow(/beyond the text/);
    expect(() => goldFrom(withBridge({ accept: ['tunnel'] }))).toThrow(/matches none of its accept patterns/);
    expect(() => goldFrom(withBridge({ accept: ['the mayor proposed a new bridge'] }))).toThrow(
      /not copied text/,
    );
    expect(() => goldFrom(withBridge({ category: 'bridges' }))).toThrow(GoldError);
    expect(() => goldFrom(withBridge({ mentions: [[5, 5]] }))).toThrow(/start < end/);
  });
});
