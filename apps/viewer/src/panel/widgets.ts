import { StanceSchema } from '@parley/core/contract';
import { type Link, speakersOf } from '../graph/index.js';
import { type Child, h } from '../ui/dom.js';
import type { TimeParts } from './time.js';
import type { PanelContext } from './types.js';

// The widgets every kind's panel is built from: node links, sections, fields, statement cards.

/** Statement text that carries its own quotation marks gets none added. */
export const QUOTED = /^["“'‘]/;

/** The stance an edge type records, as the panel words it (the contract's stance names); '' for another type. */
function stanceWord(type: string): string {
  const stance = StanceSchema.safeParse(type);
  return stance.success ? stance.data : '';
}

/** A clickable reference to another node: colour swatch and label. */
export function nodeLink(ctx: PanelContext, node: string, extra?: Child): HTMLElement {
  const attr = ctx.graph.getNodeAttributes(node);
  return h(
    'button',
    {
      className: 'node-link',
      attrs: { type: 'button', 'data-node': node },
      on: { click: () => ctx.select(node) },
    },
    h('span', { className: 'swatch', style: { background: ctx.colorOf(node) } }),
    h('span', { className: 'node-link-label' }, attr.label),
    extra,
  );
}

/** A titled section of the panel, with its item count (none when null). */
export function section(title: string, count: number | null, ...body: Child[]): HTMLElement {
  return h(
    'section',
    { className: 'panel-section', attrs: { 'data-section': title.toLowerCase().replace(/\W+/g, '-') } },
    h('h3', {}, title, count === null ? null : h('span', { className: 'count' }, count)),
    ...body,
  );
}

/** A field row: name, then values (or a dash). */
export function field(name: string, ...values: Child[]): HTMLElement {
  const present = values.filter(Boolean);
  return h(
    'div',
    { className: 'field' },
    h('dt', {}, name),
    h('dd', {}, ...(present.length ? present : [h('span', { className: 'muted' }, '—')])),
  );
}

/** One node link per graph link. */
export const links = (ctx: PanelContext, list: Link[]) => list.map((l) => nodeLink(ctx, l.node));

/** One statement as a clickable quote card: the words, then who said it and how. */
export function statementCard(ctx: PanelContext, statement: string, note?: Child): HTMLElement {
  const attr = ctx.graph.getNodeAttributes(statement);
  const text = attr.kind === 'statement' ? attr.text : attr.label;
  const speakers = speakersOf(ctx.graph, statement).map((l) => ctx.graph.getNodeAttribute(l.node, 'label'));
  const meta =
    attr.kind === 'statement'
      ? [speakers.join(', ') || 'unattributed', attr.cue, attr.mode].filter(Boolean).join(' · ')
      : '';
  return h(
    'button',
    {
      className: 'statement-card',
      attrs: { type: 'button', 'data-testid': 'statement-item', 'data-node': statement },
      on: { click: () => ctx.select(statement) },
    },
    note ? h('span', { className: 'card-note' }, note) : null,
    h('q', { className: QUOTED.test(text) ? 'has-quotes' : '' }, text),
    meta ? h('span', { className: 'card-meta' }, meta) : null,
  );
}

/** The items as a list, or a muted line saying there are none. */
export function list(items: HTMLElement[], empty: string): HTMLElement {
  return items.length ? h('div', { className: 'list' }, ...items) : h('p', { className: 'muted' }, empty);
}

/** The panel's header: kind swatch and kicker, title, optional subtitle and the close button. */
export function header(
  ctx: PanelContext,
  node: string,
  title: string,
  kicker: string,
  sub?: string,
): HTMLElement {
  return h(
    'header',
    { className: 'panel-header' },
    h(
      'div',
      { className: 'kicker' },
      h('span', { className: 'swatch', style: { background: ctx.colorOf(node) } }),
      kicker,
    ),
    h('h2', { className: 'panel-title', attrs: { 'data-testid': 'panel-title' } }, title),
    sub ? h('p', { className: 'panel-sub' }, sub) : null,
    h(
      'button',
      {
        className: 'icon-button close',
        attrs: { type: 'button', 'aria-label': 'Close panel' },
        on: { click: ctx.close },
      },
      '×',
    ),
  );
}

/** The panel's widgets, for the time sections. */
export const timeParts = (ctx: PanelContext): TimeParts => ({
  graph: ctx.graph,
  nodeLink: (node) => nodeLink(ctx, node),
  statementCard: (statement, note) => statementCard(ctx, statement, note),
  section,
});

/**
 * Stance links grouped by node and stance (one row per "X supports Y"), each with every piece
 * of evidence: the same actor often backs a proposal in several statements.
 */
export function stanceRows(ctx: PanelContext, stances: Link[]): HTMLElement[] {
  const groups = new Map<string, Link[]>();
  for (const l of stances) {
    const key = `${l.type}\u0000${l.node}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Link;
    const evidence = [
      ...new Set(group.map((l) => l.statement).filter((s): s is string => !!s && ctx.graph.hasNode(s))),
    ];
    return h(
      'div',
      { className: 'stance-row', attrs: { 'data-stance': first.type } },
      h('span', { className: `stance ${first.type}` }, stanceWord(first.type)),
      nodeLink(ctx, first.node),
      ...evidence.map((s) => statementCard(ctx, s, 'evidence')),
    );
  });
}

/** A section of statements as quote cards, with their count (or the `empty` line when none). */
export function statementSection(
  ctx: PanelContext,
  title: string,
  statements: Link[],
  empty: string,
): HTMLElement {
  return section(
    title,
    statements.length,
    list(
      statements.map((l) => statementCard(ctx, l.node)),
      empty,
    ),
  );
}
