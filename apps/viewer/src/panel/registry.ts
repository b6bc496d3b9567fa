import type { NodeKind } from '../graph/index.js';
import { type Child, h } from '../ui/dom.js';
import { actorPanel } from './actor.js';
import { articlePanel } from './article.js';
import { proposalPanel } from './proposal.js';
import { statementPanel } from './statement.js';
import type { NodeOf, NodePanel, PanelContext, PanelRegistry } from './types.js';

/**
 * Every node kind's panel, in one place (like Gephi Lite's registries): a new node kind gets its
 * panel here, and the type makes a kind without one a compile error.
 */
export const PANELS: PanelRegistry = {
  actor: actorPanel,
  statement: statementPanel,
  proposal: proposalPanel,
  article: articlePanel,
};

/**
 * The panel body of one node, from its kind's registered panel.
 * @example panelBody(ctx, 'actor:vladimir-putin', ctx.graph.getNodeAttributes('actor:vladimir-putin'))
 */
export function panelBody<K extends NodeKind>(ctx: PanelContext, node: string, attr: NodeOf<K>): Child[] {
  // TypeScript cannot tie `PANELS[attr.kind]` to `attr`'s kind by itself; the registry's type does.
  const panel = PANELS[attr.kind] as NodePanel<K>;
  const body = panel.render(ctx, node, attr);
  return ctx.expand ? [expandButton(ctx.expand, node), ...body] : body;
}

/** The exploration button: brings the node's neighbours from the server into the drawing. */
function expandButton(expand: (node: string) => void, node: string): Child {
  const attrs = { type: 'button', 'data-testid': 'expand', title: 'Fetch and draw this node’s neighbours' };
  return h(
    'button',
    { className: 'button expand', attrs, on: { click: () => expand(node) } },
    'Expand neighbours',
  );
}
