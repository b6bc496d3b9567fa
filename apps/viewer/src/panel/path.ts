import { fetchPath } from '../api/index.js';
import { type Child, h, replaceChildren } from '../ui/dom.js';
import type { PanelContext } from './types.js';
import { nodeLink, section } from './widgets.js';

/** The actors of the loaded graph by label, lower-cased, for the path form's suggestions. */
function actorsByLabel(ctx: PanelContext, except: string): Map<string, string> {
  const byLabel = new Map<string, string>();
  ctx.graph.forEachNode((key, a) => {
    if (a.kind === 'actor' && key !== except) byLabel.set(a.label.toLowerCase(), key);
  });
  return byLabel;
}

/** One step of a found path: a link when the node is loaded, else its label. */
const step = (ctx: PanelContext, n: { key: string; label: string }): Child =>
  ctx.graph.hasNode(n.key) ? nodeLink(ctx, n.key) : h('span', { className: 'muted' }, n.label);

/**
 * "Path to": the shortest chain of statements, stances and affiliations from this actor to
 * another one, asked of the server, each step a link to its node.
 */
export function pathSection(ctx: PanelContext, node: string): HTMLElement {
  const byLabel = actorsByLabel(ctx, node);
  const listId = `path-targets-${node.replace(/\W+/g, '-')}`;
  const input = h('input', {
    attrs: {
      type: 'search',
      list: listId,
      placeholder: 'Another actor',
      'aria-label': 'Path to',
      'data-testid': 'path-to',
    },
  });
  const options = [...byLabel.keys()]
    .sort()
    .map((label) =>
      h('option', { attrs: { value: ctx.graph.getNodeAttribute(byLabel.get(label)!, 'label') } }),
    );
  const result = h('div', { className: 'path-result', attrs: { 'data-testid': 'path-result' } });
  const find = async () => {
    const target = byLabel.get((input as HTMLInputElement).value.trim().toLowerCase());
    if (!target)
      return replaceChildren(result, h('span', { className: 'muted' }, 'Choose an actor from the list.'));
    replaceChildren(result, h('span', { className: 'muted' }, 'Finding…'));
    try {
      const path = await fetchPath(ctx.graphName, node, target);
      if (!path.found) return replaceChildren(result, h('span', { className: 'muted' }, 'Not connected.'));
      replaceChildren(
        result,
        h('ol', { className: 'path-steps' }, ...path.nodes.map((n) => h('li', {}, step(ctx, n)))),
      );
    } catch (error) {
      replaceChildren(result, h('span', { className: 'error' }, (error as Error).message));
    }
  };
  const form = h(
    'form',
    {
      className: 'path-form',
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          void find();
        },
      },
    },
    input,
    h('datalist', { attrs: { id: listId } }, ...options),
    h('button', { className: 'button', attrs: { type: 'submit' } }, 'Find path'),
  );
  return section('Path to', null, form, result);
}
