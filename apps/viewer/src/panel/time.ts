import type { ParleyGraph } from '@parley/core';
import { type Contradiction, contradictions, type Evidence, type TimelineEntry } from '@parley/core/analysis';
import type { ViewerGraph } from '../graph/index.js';
import { type Child, h } from '../ui/dom.js';

/** What the time sections need from the panel: links to nodes and statement cards. */
export interface TimeParts {
  graph: ViewerGraph;
  nodeLink: (node: string) => HTMLElement;
  statementCard: (statement: string, note?: Child) => HTMLElement;
  section: (title: string, count: number | null, ...body: Child[]) => HTMLElement;
}

// The viewer's graph holds the contract's attributes (and positions): the analysis reads only those.
export const asGraph = (g: ViewerGraph) => g as unknown as ParleyGraph;

/** "2016-10-12 · Politico", or "undated". */
const when = (e: Evidence) => [e.date?.slice(0, 10) ?? 'undated', e.publisher].filter(Boolean).join(' · ');

/** One timeline row: its date and outlet, then the stance or the statement. */
function entryRow(parts: TimeParts, e: TimelineEntry): HTMLElement {
  const body: Child[] = [h('span', { className: 'timeline-date' }, when(e))];
  if (e.kind === 'stance' && e.proposal) {
    body.push(h('span', { className: `stance ${e.stance}` }, e.stance ?? ''), parts.nodeLink(e.proposal));
  } else if (e.statement && parts.graph.hasNode(e.statement)) body.push(parts.statementCard(e.statement));
  return h('div', { className: 'timeline-row', attrs: { 'data-kind': e.kind } }, ...body);
}

/**
 * A timeline section (an actor's statements and stances, or a proposal's stances) by date; null
 * when nothing in it is dated, since then it would repeat the other sections in the same order.
 */
export function timelineSection(parts: TimeParts, entries: TimelineEntry[]): HTMLElement | null {
  if (!entries.some((e) => e.date)) return null;
  return parts.section(
    'Timeline',
    entries.length,
    h('div', { className: 'list timeline' }, ...entries.map((e) => entryRow(parts, e))),
  );
}

/** One contradiction: a change of mind, or two sides of a proposal, each with its evidence. */
function contradictionRow(parts: TimeParts, c: Contradiction): HTMLElement {
  const evidence = (e: Evidence, note: string) =>
    e.statement && parts.graph.hasNode(e.statement)
      ? parts.statementCard(e.statement, `${note} · ${when(e)}`)
      : null;
  if (c.kind === 'stance_change') {
    return h(
      'div',
      { className: 'contradiction', attrs: { 'data-kind': c.kind } },
      h('span', { className: 'contradiction-title' }, 'Changed position: '),
      parts.nodeLink(c.actor),
      parts.nodeLink(c.proposal),
      evidence(c.from, c.from.stance),
      evidence(c.to, c.to.stance),
    );
  }
  return h(
    'div',
    { className: 'contradiction', attrs: { 'data-kind': c.kind } },
    h('span', { className: 'contradiction-title' }, 'Opposite sides: '),
    parts.nodeLink(c.for.actor),
    parts.nodeLink(c.against.actor),
    parts.nodeLink(c.proposal),
    evidence(c.for.evidence[0] as Evidence, c.for.evidence[0]?.stance ?? ''),
    evidence(c.against.evidence[0] as Evidence, 'rejects'),
  );
}

const involves = (c: Contradiction, node: string) =>
  c.proposal === node ||
  (c.kind === 'stance_change' ? c.actor === node : c.for.actor === node || c.against.actor === node);

/** Stance changes and disagreements the node (an actor or a proposal) takes part in; null when none. */
export function contradictionsSection(parts: TimeParts, node: string): HTMLElement | null {
  const found = contradictions(asGraph(parts.graph)).filter((c) => involves(c, node));
  if (found.length === 0) return null;
  return parts.section(
    'Contradictions',
    found.length,
    h('div', { className: 'list' }, ...found.slice(0, 20).map((c) => contradictionRow(parts, c))),
  );
}
