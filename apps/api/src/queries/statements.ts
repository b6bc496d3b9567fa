import type { StatementNode } from '@parley/core';
import type { z } from 'zod';
import type { StatementQuery } from '../schemas/params.js';
import type { ActorRef, StatementView } from '../schemas/views.js';
import type { GraphIndex } from '../store/graph-index.js';
import type { Page } from './page.js';
import { actorsNamed, proposalsNamed } from './resolve.js';
import { sortStatements, statementsInRange } from './time.js';

type Query = z.output<typeof StatementQuery>;

/** Sorted, de-duplicated union of several statement lists. */
function union(lists: (readonly number[] | undefined)[]): number[] {
  const present = lists.filter((l): l is readonly number[] => l !== undefined);
  if (present.length === 1) return present[0] as number[];
  return [...new Set(present.flat())].sort((a, b) => a - b);
}

/** Statement number lists the query restricts to (each filter one list; the answer is their intersection). */
function restrictingLists(
  index: GraphIndex,
  q: Query,
  resolved: Record<string, ActorRef[]>,
): ArrayLike<number>[] {
  const lists: ArrayLike<number>[] = [];
  if (q.speaker) {
    const keys = actorsNamed(index, q.speaker);
    resolved.speaker = keys.map((k) => index.actorRef(k));
    lists.push(union(keys.map((k) => index.bySpeaker.get(k) ?? [])));
  }
  if (q.mentions) {
    const keys = actorsNamed(index, q.mentions);
    resolved.mentions = keys.map((k) => index.actorRef(k));
    lists.push(union(keys.map((k) => index.byMention.get(k) ?? [])));
  }
  if (q.about) lists.push(union(proposalsNamed(index, q.about).map((k) => index.byProposal.get(k) ?? [])));
  if (q.article) lists.push(index.byArticle.get(q.article) ?? []);
  if (q.q) lists.push(index.text.matchAll(q.q));
  return lists;
}

/**
 * Who said what: statements matching every given filter (and date range), in graph (article, then
 * text) order or by date.
 * `speaker` and `mentions` accept any alias; `resolved` says which actors they matched.
 */
export function findStatements(
  index: GraphIndex,
  q: Query,
): Page<StatementView> & { resolved: Record<string, ActorRef[]> } {
  const resolved: Record<string, ActorRef[]> = {};
  const lists = restrictingLists(index, q, resolved).sort((a, b) => a.length - b.length);
  const [base, ...others] = lists;
  const sets = others.map((l) => new Set(Array.from(l)));
  const dated = statementsInRange(index, q);
  const keep = (i: number) => {
    if (!sets.every((s) => s.has(i))) return false;
    if (dated && !dated(i)) return false;
    if (!q.cue && !q.mode && q.minConfidence === undefined) return true;
    const s = index.attributes(index.statements[i] as string) as StatementNode;
    // a graph built before the model has no confidences: its statements count as certain
    const sure = q.minConfidence === undefined || (s.confidence ?? 1) >= q.minConfidence;
    return (!q.cue || s.cue === q.cue.toLowerCase()) && (!q.mode || s.mode === q.mode) && sure;
  };
  const count = base ? base.length : index.statements.length;
  const matches = function* () {
    for (let n = 0; n < count; n++) {
      const i = base ? (base[n] as number) : n;
      if (keep(i)) yield i;
    }
  };
  if (q.sort) {
    const all = sortStatements(index, [...matches()], q.sort);
    const items = all.slice(q.offset, q.offset + q.limit).map((i) => index.statement(i));
    return { total: all.length, limit: q.limit, offset: q.offset, items, resolved };
  }
  const items: StatementView[] = [];
  let total = 0;
  for (const i of matches()) {
    if (total >= q.offset && items.length < q.limit) items.push(index.statement(i));
    total++;
  }
  return { total, limit: q.limit, offset: q.offset, items, resolved };
}
