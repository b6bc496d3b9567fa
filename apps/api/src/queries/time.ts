import {
  actorTimeline,
  type Contradiction,
  contradictions,
  dateOrder,
  type Evidence,
  inRange,
  proposalTimeline,
  type QuoteGroup,
  repeatedQuotes,
  type Stance,
  type StatementNode,
  type TimelineEntry,
} from '@parley/core';
import type { z } from 'zod';
import type { ContradictionQuery, RepeatedQuoteQuery, TimelineQuery } from '../schemas/params.js';
import type { ContradictionView, EvidenceView, QuoteGroupView, TimelineEntryView } from '../schemas/time.js';
import type { GraphIndex } from '../store/graph-index.js';
import { type Page, pageOf } from './page.js';

/** A date range and order as the statement, who-said and profile queries take them. */
export interface TimeFilter {
  since?: string;
  until?: string;
  sort?: string;
}

/** The date of a statement (by its number in the index): its article's. */
export function statementDate(index: GraphIndex, i: number): string | undefined {
  const s = index.attributes(index.statements[i] as string) as StatementNode;
  return index.articleRef(s.article).date;
}

/** A test of statement numbers against the range; undefined when the range is open on both ends. */
export function statementsInRange(index: GraphIndex, q: TimeFilter): ((i: number) => boolean) | undefined {
  if (!q.since && !q.until) return undefined;
  return (i) => inRange(statementDate(index, i), q.since, q.until);
}

/**
 * Items in the order asked for: by date (`date` oldest first, `-date` newest first; undated last
 * either way), ties by `tie` (default: as given); any other `sort` keeps them as given.
 */
export function sortByDate<T>(
  items: readonly T[],
  dateOf: (item: T) => string | undefined,
  sort: string | undefined,
  tie: (a: T, b: T) => number = () => 0,
): T[] {
  if (sort !== 'date' && sort !== '-date') return [...items];
  const sign = sort === 'date' ? 1 : -1;
  const keyed = items.map((item) => {
    const t = dateOrder(dateOf(item));
    return { item, key: t === Number.POSITIVE_INFINITY ? t : sign * t };
  });
  return keyed.sort((a, b) => a.key - b.key || tie(a.item, b.item)).map((k) => k.item);
}

/** Statement numbers in the order asked for ({@link sortByDate}); ties keep graph order. */
export function sortStatements(
  index: GraphIndex,
  list: readonly number[],
  sort: string | undefined,
): number[] {
  return sortByDate(
    list,
    (i) => statementDate(index, i),
    sort,
    (a, b) => a - b,
  );
}

/** An evidence record as the API shows it. */
function evidenceView(index: GraphIndex, e: Evidence): EvidenceView {
  return {
    statement: e.statement ?? null,
    article: index.articleRef(e.article),
    date: e.date ?? null,
    text: e.text,
    span: e.span ?? null,
  };
}

const positionView = (index: GraphIndex, e: Evidence & { stance: Stance }) => ({
  ...evidenceView(index, e),
  stance: e.stance,
});

function entryView(index: GraphIndex, e: TimelineEntry): TimelineEntryView {
  return {
    ...evidenceView(index, e),
    kind: e.kind,
    actor: index.actorRef(e.actor),
    ...(e.stance ? { stance: e.stance } : {}),
    ...(e.proposal ? { proposal: index.proposalRef(e.proposal) } : {}),
  };
}

type TimelineQ = z.output<typeof TimelineQuery>;

/** `GET .../actors/{id}/timeline`: what the actor said and which stances they took, by date. */
export function actorTimelineView(index: GraphIndex, key: string, q: TimelineQ): Page<TimelineEntryView> {
  return pageOf(actorTimeline(index.graph, key, q), q.limit, q.offset, (e) => entryView(index, e));
}

/** `GET .../proposals/{id}/timeline`: who proposed, supported and rejected it, by date. */
export function proposalTimelineView(index: GraphIndex, key: string, q: TimelineQ): Page<TimelineEntryView> {
  return pageOf(proposalTimeline(index.graph, key, q), q.limit, q.offset, (e) => entryView(index, e));
}

function contradictionView(index: GraphIndex, c: Contradiction): ContradictionView {
  if (c.kind === 'stance_change') {
    return {
      kind: c.kind,
      actor: index.actorRef(c.actor),
      proposal: index.proposalRef(c.proposal),
      from: positionView(index, c.from),
      to: positionView(index, c.to),
      score: c.score,
    };
  }
  const side = (s: typeof c.for) => ({
    actor: index.actorRef(s.actor),
    evidence: s.evidence.map((e) => positionView(index, e)),
  });
  return {
    kind: c.kind,
    proposal: index.proposalRef(c.proposal),
    for: side(c.for),
    against: side(c.against),
    score: c.score,
  };
}

/** Whether any of a contradiction's evidence falls in the range. */
function touchesRange(c: Contradiction, q: TimeFilter): boolean {
  const all = c.kind === 'stance_change' ? [c.from, c.to] : [...c.for.evidence, ...c.against.evidence];
  return all.some((e) => inRange(e.date, q.since, q.until));
}

/** `GET .../contradictions`: stance changes and disagreements, ranked, with evidence. */
export function contradictionsView(
  index: GraphIndex,
  q: z.output<typeof ContradictionQuery>,
): Page<ContradictionView> {
  const found = contradictions(index.graph).filter(
    (c) => (!q.kind || c.kind === q.kind) && touchesRange(c, q),
  );
  return pageOf(found, q.limit, q.offset, (c) => contradictionView(index, c));
}

function quoteGroupView(index: GraphIndex, g: QuoteGroup): QuoteGroupView {
  return {
    text: g.text,
    speakers: g.speakers.map((k) => index.actorRef(k)),
    outlets: g.outlets,
    occurrences: g.occurrences.map((e) => evidenceView(index, e)),
  };
}

/** `GET .../quotes/repeated`: direct quotes carried by several outlets, most widely carried first. */
export function repeatedQuotesView(
  index: GraphIndex,
  q: z.output<typeof RepeatedQuoteQuery>,
): Page<QuoteGroupView> {
  const groups = repeatedQuotes(index.graph, { minWords: q.minWords }).filter(
    (g) => g.outlets >= q.minOutlets,
  );
  return pageOf(groups, q.limit, q.offset, (g) => quoteGroupView(index, g));
}
