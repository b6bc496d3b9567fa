import { actorTimeline, proposalTimeline } from '@parley/core/analysis';
import { StanceSchema } from '@parley/core/contract';
import { fetchArticleText, fetchStatementSentences } from '../api/index.js';
import {
  affiliationsOf,
  articleKey,
  audiencesOf,
  contentsOf,
  type Link,
  membersOf,
  mentionsOf,
  proposalsOfStatement,
  reportersOf,
  sidesOf,
  speakersOf,
  stancesOf,
  statementsAbout,
  statementsMentioning,
  statementsReportedBy,
  statementsSaidBy,
  type ViewerGraph,
  type ViewerNode,
} from '../graph/index.js';
import { type Child, h, replaceChildren } from '../ui/dom.js';
import { type MarkedParagraph, markWithin, paragraphAround } from './paragraph.js';
import { asGraph, contradictionsSection, type TimeParts, timelineSection } from './time.js';

export { markWithin, paragraphAround } from './paragraph.js';

type StatementAttr = Extract<ViewerNode, { kind: 'statement' }>;

/** What the panel needs from the rest of the app. */
export interface PanelContext {
  graph: ViewerGraph;
  graphName: string;
  colorOf: (node: string) => string;
  select: (node: string) => void;
  close: () => void;
}

/** Statement text that carries its own quotation marks gets none added. */
const QUOTED = /^["“'‘]/;

/** The stance an edge type records, as the panel words it (the contract's stance names); '' for another type. */
function stanceWord(type: string): string {
  const stance = StanceSchema.safeParse(type);
  return stance.success ? stance.data : '';
}

/** A clickable reference to another node: colour swatch and label. */
function nodeLink(ctx: PanelContext, node: string, extra?: Child): HTMLElement {
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

function section(title: string, count: number | null, ...body: Child[]): HTMLElement {
  return h(
    'section',
    { className: 'panel-section', attrs: { 'data-section': title.toLowerCase().replace(/\W+/g, '-') } },
    h('h3', {}, title, count === null ? null : h('span', { className: 'count' }, count)),
    ...body,
  );
}

/** A field row: name, then values (or a dash). */
function field(name: string, ...values: Child[]): HTMLElement {
  const present = values.filter(Boolean);
  return h(
    'div',
    { className: 'field' },
    h('dt', {}, name),
    h('dd', {}, ...(present.length ? present : [h('span', { className: 'muted' }, '—')])),
  );
}

const links = (ctx: PanelContext, list: Link[]) => list.map((l) => nodeLink(ctx, l.node));

/** One statement as a clickable quote card: the words, then who said it and how. */
function statementCard(ctx: PanelContext, statement: string, note?: Child): HTMLElement {
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

function list(items: HTMLElement[], empty: string): HTMLElement {
  return items.length ? h('div', { className: 'list' }, ...items) : h('p', { className: 'muted' }, empty);
}

function header(ctx: PanelContext, node: string, title: string, kicker: string, sub?: string): HTMLElement {
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
const timeParts = (ctx: PanelContext): TimeParts => ({
  graph: ctx.graph,
  nodeLink: (node) => nodeLink(ctx, node),
  statementCard: (statement, note) => statementCard(ctx, statement, note),
  section,
});

/**
 * Stance links grouped by node and stance (one row per "X supports Y"), each with every piece
 * of evidence: the same actor often backs a proposal in several statements.
 */
function stanceRows(ctx: PanelContext, stances: Link[]): HTMLElement[] {
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

function actorPanel(ctx: PanelContext, node: string, attr: Extract<ViewerNode, { kind: 'actor' }>): Child[] {
  const g = ctx.graph;
  const said = statementsSaidBy(g, node);
  const stanceRowsOf = stanceRows(ctx, stancesOf(g, node));
  const mentioned = statementsMentioning(g, node);
  const reported = statementsReportedBy(g, node);
  const aliases = (attr.aliases ?? []).filter((a) => a !== attr.label);
  return [
    header(ctx, node, attr.label, `actor · ${attr.type}`, attr.title),
    h(
      'dl',
      { className: 'fields' },
      field('Aliases', aliases.length ? aliases.join(', ') : null),
      field('Mentions', String(attr.mentions ?? 0)),
      field('Affiliations', ...links(ctx, affiliationsOf(g, node))),
      membersOf(g, node).length ? field('Members', ...links(ctx, membersOf(g, node))) : null,
    ),
    section(
      'Statements',
      said.length,
      list(
        said.map((l) => statementCard(ctx, l.node)),
        'No statement attributed to this actor yet.',
      ),
    ),
    section('Proposals', stanceRowsOf.length, list(stanceRowsOf, 'No stance on a proposal.')),
    contradictionsSection(timeParts(ctx), node),
    timelineSection(timeParts(ctx), actorTimeline(asGraph(g), node)),
    reported.length
      ? section(
          'Reported',
          reported.length,
          list(
            reported.map((l) => statementCard(ctx, l.node)),
            '',
          ),
        )
      : null,
    section(
      'Mentioned in',
      mentioned.length,
      list(
        mentioned.map((l) => statementCard(ctx, l.node)),
        'No statement mentions this actor.',
      ),
    ),
  ];
}

/**
 * Where a statement came from, cut for highlighting: its article paragraph when the server sends
 * article text, else its sentence from the statements endpoint, else null.
 */
async function sourceOf(
  ctx: PanelContext,
  key: string,
  attr: StatementAttr,
): Promise<MarkedParagraph | null> {
  const article = await fetchArticleText(ctx.graphName, attr.article);
  if (article && article.text.slice(attr.span[0], attr.span[1]) === attr.text) {
    return paragraphAround(article.text, attr.span);
  }
  const sentence = (await fetchStatementSentences(ctx.graphName, attr.article)).get(key);
  return sentence ? markWithin(sentence, attr.text) : null;
}

/** The statement's source paragraph or sentence with its span marked; fetched lazily, inert text only. */
function sourceBlock(ctx: PanelContext, key: string, attr: StatementAttr): HTMLElement {
  const box = h(
    'blockquote',
    { className: 'source loading', attrs: { 'data-testid': 'source' } },
    'Loading source…',
  );
  void sourceOf(ctx, key, attr).then((source) => {
    box.classList.remove('loading');
    if (source) {
      replaceChildren(
        box,
        source.before,
        h('mark', { className: 'source-highlight' }, source.marked),
        source.after,
      );
    } else {
      replaceChildren(
        box,
        h('mark', { className: 'source-highlight' }, attr.text),
        h(
          'span',
          { className: 'muted source-note' },
          ` (sentence ${attr.sentence + 1}; source text unavailable)`,
        ),
      );
    }
  });
  return box;
}

function statementPanel(ctx: PanelContext, node: string, attr: StatementAttr): Child[] {
  const g = ctx.graph;
  const article = articleKey(attr.article);
  const speakers = speakersOf(g, node).map((l) => g.getNodeAttribute(l.node, 'label'));
  const title = `${speakers.join(' and ') || 'Unattributed'} · ${attr.cue}`;
  return [
    header(ctx, node, title, `statement · ${attr.mode}`),
    h('q', { className: QUOTED.test(attr.text) ? 'quote-full has-quotes' : 'quote-full' }, attr.text),
    h(
      'dl',
      { className: 'fields' },
      field('Speaker', ...links(ctx, speakersOf(g, node))),
      field('Cue', attr.cue),
      field('Mode', attr.mode),
      field('Reported by', ...links(ctx, reportersOf(g, node))),
      field('Addressed to', ...links(ctx, audiencesOf(g, node))),
      field('Mentions', ...links(ctx, mentionsOf(g, node))),
      field('About', ...links(ctx, proposalsOfStatement(g, node))),
      field('Article', g.hasNode(article) ? nodeLink(ctx, article) : attr.article),
    ),
    section('Source', null, sourceBlock(ctx, node, attr)),
  ];
}

function proposalPanel(
  ctx: PanelContext,
  node: string,
  attr: Extract<ViewerNode, { kind: 'proposal' }>,
): Child[] {
  const g = ctx.graph;
  const sides = sidesOf(g, node);
  const supporters = stanceRows(ctx, [...sides.proposes, ...sides.supports]);
  const opponents = stanceRows(ctx, sides.rejects);
  const about = statementsAbout(g, node);
  return [
    header(ctx, node, attr.label, `proposal · ${attr.category}`),
    h('p', { className: 'evidence' }, attr.text),
    section('Supporters', supporters.length, list(supporters, 'Nobody supports it yet.')),
    section('Opponents', opponents.length, list(opponents, 'Nobody rejects it yet.')),
    timelineSection(timeParts(ctx), proposalTimeline(asGraph(g), node)),
    contradictionsSection(timeParts(ctx), node),
    section(
      'Statements about it',
      about.length,
      list(
        about.map((l) => statementCard(ctx, l.node)),
        'None.',
      ),
    ),
  ];
}

function articlePanel(
  ctx: PanelContext,
  node: string,
  attr: Extract<ViewerNode, { kind: 'article' }>,
): Child[] {
  const contents = contentsOf(ctx.graph, node);
  const statements = contents.filter((l) => ctx.graph.getNodeAttribute(l.node, 'kind') === 'statement');
  const proposals = contents.filter((l) => ctx.graph.getNodeAttribute(l.node, 'kind') === 'proposal');
  return [
    header(
      ctx,
      node,
      attr.label,
      'article',
      [attr.publisher, attr.date].filter(Boolean).join(' · ') || undefined,
    ),
    h('dl', { className: 'fields' }, field('File', attr.id), field('Length', `${attr.chars} characters`)),
    section(
      'Statements',
      statements.length,
      list(
        statements.map((l) => statementCard(ctx, l.node)),
        'None.',
      ),
    ),
    section('Proposals', proposals.length, list(links(ctx, proposals), 'None.')),
  ];
}

/**
 * Fills the side panel with everything about one node, computed from the loaded graph.
 * @example renderPanel(panelElement, ctx, 'actor:vladimir-putin')
 */
export function renderPanel(root: HTMLElement, ctx: PanelContext, node: string | null): void {
  if (!node || !ctx.graph.hasNode(node)) {
    root.hidden = true;
    replaceChildren(root);
    return;
  }
  const attr = ctx.graph.getNodeAttributes(node);
  const body =
    attr.kind === 'actor'
      ? actorPanel(ctx, node, attr)
      : attr.kind === 'statement'
        ? statementPanel(ctx, node, attr)
        : attr.kind === 'proposal'
          ? proposalPanel(ctx, node, attr)
          : articlePanel(ctx, node, attr);
  root.hidden = false;
  root.dataset.kind = attr.kind;
  replaceChildren(root, ...body);
  root.scrollTop = 0;
}
