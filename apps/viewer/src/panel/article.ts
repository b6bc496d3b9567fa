import { contentsOf } from '../graph/index.js';
import { type Child, h } from '../ui/dom.js';
import type { NodeOf, NodePanel, PanelContext } from './types.js';
import { field, header, links, list, section, statementSection } from './widgets.js';

function articleBody(ctx: PanelContext, node: string, attr: NodeOf<'article'>): Child[] {
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
    statementSection(ctx, 'Statements', statements, 'None.'),
    section('Proposals', proposals.length, list(links(ctx, proposals), 'None.')),
  ];
}

/** The panel of an article node. */
export const articlePanel: NodePanel<'article'> = { kind: 'article', render: articleBody };
