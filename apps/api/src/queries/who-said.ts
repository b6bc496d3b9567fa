import type { z } from 'zod';
import type { WhoSaidQuery } from '../schemas/params.js';
import type { ActorRef, StatementView } from '../schemas/views.js';
import { TopK } from '../search/top-k.js';
import type { GraphIndex } from '../store/graph-index.js';
import type { Page } from './page.js';
import { sortStatements, statementsInRange } from './time.js';

type Query = z.output<typeof WhoSaidQuery>;

export interface WhoSaid extends Page<StatementView & { score: number }> {
  query: string;
  speakers: { actor: ActorRef; statements: number; score: number }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Per-actor accumulators, reused across queries on one graph version (queries run one at a time). */
interface Tally {
  score: Float64Array;
  count: Uint32Array;
  touched: Uint32Array;
}
const tallies = new WeakMap<GraphIndex, Tally>();

function tallyFor(index: GraphIndex): Tally {
  let tally = tallies.get(index);
  if (!tally) {
    const n = index.actors.length;
    tally = { score: new Float64Array(n), count: new Uint32Array(n), touched: new Uint32Array(n) };
    tallies.set(index, tally);
  }
  return tally;
}

/**
 * Ranked full-text search over what was said (BM25 over statement content), with the speakers of
 * all matches ranked by summed relevance: "who said anything about security guarantees".
 */
export function whoSaid(index: GraphIndex, q: Query): WhoSaid {
  const { score, count, touched } = tallyFor(index);
  const { speakerStart, speakerActor } = index;
  let speakers = 0;
  const byDate = q.sort === 'date' || q.sort === '-date';
  // sorted by date, every match is a candidate for the page: rank them all, then order by date
  const k = byDate ? index.statements.length : q.offset + q.limit;
  const { total, hits: ranked } = index.text.search(
    q.q,
    k,
    (doc, s) => {
      for (let j = speakerStart[doc] as number; j < (speakerStart[doc + 1] as number); j++) {
        const a = speakerActor[j] as number;
        if (count[a] === 0) touched[speakers++] = a;
        count[a] = (count[a] as number) + 1;
        score[a] = (score[a] as number) + s;
      }
    },
    statementsInRange(index, q),
  );
  const scoreOf = new Map(ranked.map((h) => [h.doc, h.score]));
  const hits = byDate
    ? sortStatements(
        index,
        ranked.map((h) => h.doc),
        q.sort,
      ).map((doc) => ({ doc, score: scoreOf.get(doc) as number }))
    : ranked;
  const best = new TopK(20);
  for (let i = 0; i < speakers; i++) {
    const a = touched[i] as number;
    best.offer(a, score[a] as number);
  }
  const top = best.sorted().map((h) => ({
    actor: index.actorRef(index.actors[h.doc] as string),
    statements: count[h.doc] as number,
    score: round(h.score),
  }));
  for (let i = 0; i < speakers; i++) {
    const a = touched[i] as number;
    count[a] = 0;
    score[a] = 0;
  }
  return {
    query: q.q,
    total,
    limit: q.limit,
    offset: q.offset,
    items: hits
      .slice(q.offset, q.offset + q.limit)
      .map((h) => ({ ...index.statement(h.doc), score: round(h.score) })),
    speakers: top,
  };
}
