import type { ViewerNode } from '../graph/index.js';
import type { ViewPart } from '../state/index.js';
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

/**
 * The side panel as a part of the page: it shows the selected node, redrawn when the selection changes.
 * @example const panel = mountPanel(panelElement, ctx); panel.sync(store.get(), null);
 */
export function mountPanel(root: HTMLElement, ctx: PanelContext): ViewPart {
  return {
    sync: (view, previous) => {
      if (!previous || view.selected !== previous.selected) renderPanel(root, ctx, view.selected);
    },
  };
}
