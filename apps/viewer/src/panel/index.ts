import type { ViewerNode } from '../graph/index.js';
import { replaceChildren } from '../ui/dom.js';
import { panelBody } from './registry.js';
import type { PanelContext } from './types.js';

export { markWithin, paragraphAround } from './paragraph.js';
export { PANELS } from './registry.js';
export type { NodePanel, PanelContext, PanelRegistry } from './types.js';

/**
 * Fills the side panel with everything about one node, computed from the loaded graph by the
 * panel registered for the node's kind.
 * @example renderPanel(panelElement, ctx, 'actor:vladimir-putin')
 */
export function renderPanel(root: HTMLElement, ctx: PanelContext, node: string | null): void {
  if (!node || !ctx.graph.hasNode(node)) {
    root.hidden = true;
    replaceChildren(root);
    return;
  }
  const attr: ViewerNode = ctx.graph.getNodeAttributes(node);
  const body = panelBody(ctx, node, attr);
  root.hidden = false;
  root.dataset.kind = attr.kind;
  replaceChildren(root, ...body);
  root.scrollTop = 0;
}
