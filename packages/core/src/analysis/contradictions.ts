import type { ParleyGraph } from '../graph/types.js';
import { byDate, dateOrder } from './dates.js';
import { polarity, type StanceRecord, stanceRecords } from './stances.js';
import type { Contradiction, Disagreement, Evidence, StanceChange } from './types.js';

type Positioned = Evidence & { stance: StanceRecord['stance'] };

const evidenceOf = ({ actor: _, proposal: __, ...rest }: StanceRecord): Positioned => rest;

/** Stance records grouped by a key. */
function groupBy(records: StanceRecord[], key: (r: StanceRecord) => string): Map<string, StanceRecord[]> {
  const groups = new Map<string, StanceRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/**
 * Actors who took one side of a proposal and, at a later date, the other: each flip between two
 * dated stances (proposes/supports versus rejects) is one change, with both evidence statements.
 * Opposite stances of one day (one article) are not a change of mind.
 */
export function stanceChanges(graph: ParleyGraph, records = stanceRecords(graph)): StanceChange[] {
  const changes: StanceChange[] = [];
  for (const list of groupBy(records, (r) => `${r.actor}\n${r.proposal}`).values()) {
    const dated = byDate(list.filter((r) => dateOrder(r.date) < Number.POSITIVE_INFINITY));
    for (let i = 1; i < dated.length; i++) {
      const [before, after] = [dated[i - 1] as StanceRecord, dated[i] as StanceRecord];
      if (polarity(before.stance) === polarity(after.stance)) continue;
      if (dateOrder(after.date) <= dateOrder(before.date)) continue;
      changes.push({
        kind: 'stance_change',
        actor: after.actor,
        proposal: after.proposal,
        from: evidenceOf(before),
        to: evidenceOf(after),
        score: 2 + list.length / 10,
      });
    }
  }
  return changes;
}

/**
 * Pairs of actors on opposite sides of one proposal (one for it: proposes or supports; one against:
 * rejects), each side with all its evidence. An actor on both sides is a stance change, not a side.
 */
export function disagreements(graph: ParleyGraph, records = stanceRecords(graph)): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [proposal, list] of groupBy(records, (r) => r.proposal)) {
    const byActor = groupBy(list, (r) => r.actor);
    const side = (sign: number) =>
      [...byActor].filter(([, rs]) => rs.every((r) => polarity(r.stance) === sign));
    for (const [forActor, forEvidence] of side(1)) {
      for (const [againstActor, againstEvidence] of side(-1)) {
        out.push({
          kind: 'disagreement',
          proposal,
          for: { actor: forActor, evidence: byDate(forEvidence.map(evidenceOf)) },
          against: { actor: againstActor, evidence: byDate(againstEvidence.map(evidenceOf)) },
          score: 1 + (forEvidence.length + againstEvidence.length) / 10,
        });
      }
    }
  }
  return out;
}

/** The latest date a contradiction rests on, for ranking recent ones first among equals. */
const latest = (c: Contradiction) =>
  c.kind === 'stance_change'
    ? dateOrder(c.to.date)
    : Math.max(
        ...[...c.for.evidence, ...c.against.evidence].map((e) => dateOrder(e.date)).filter(Number.isFinite),
        0,
      );

/**
 * Stance changes and disagreements together, ranked: changes of mind first, then by how much
 * evidence each rests on, then the most recent.
 * @example contradictions(graph).slice(0, 10)
 */
export function contradictions(graph: ParleyGraph): Contradiction[] {
  const records = stanceRecords(graph);
  return [...stanceChanges(graph, records), ...disagreements(graph, records)].sort(
    (a, b) => b.score - a.score || latest(b) - latest(a),
  );
}
