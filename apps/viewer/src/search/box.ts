import type { ViewPart, ViewState } from '../state/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import type { SearchHit, SearchIndex } from './index.js';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLElement;
  /** The index of the graph on screen (null while loading). */
  index: () => SearchIndex | null;
  /** Colour of a hit's swatch. */
  colorOf: (node: string) => string;
  /** Called when the analyst picks a hit. */
  onChoose: (node: string) => void;
  /** Whether a node is drawn now: nodes the filters hide are not suggested (all are when absent). */
  drawn?: (node: string) => boolean;
}

/** Suggestions shown at most, and how many hits are asked for so that hidden ones can be passed over. */
const SHOWN = 12;
const ASKED = 60;

/**
 * Wires the top bar's autocomplete: suggestions as you type, arrow keys and Enter to choose,
 * Escape to close. All text goes in as text nodes. As a view part it drops its suggestions when
 * another graph or view is drawn: they are hits of an index that is gone.
 */
export function mountSearchBox(options: SearchBoxOptions): ViewPart {
  const { input, list } = options;
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    hits = [];
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    input.blur();
    options.onChoose(hit.node);
  };
  const render = () => {
    replaceChildren(
      list,
      ...hits.map((hit, i) =>
        h(
          'div',
          {
            className: i === active ? 'hit active' : 'hit',
            attrs: { role: 'option', 'data-node': hit.node, 'aria-selected': i === active },
            // mousedown, not click: the input's blur would close the list first.
            on: {
              mousedown: (e) => {
                e.preventDefault();
                choose(hit);
              },
            },
          },
          h('span', { className: 'swatch', style: { background: options.colorOf(hit.node) } }),
          h('span', { className: 'hit-label' }, hit.label),
          hit.matched ? h('span', { className: 'hit-matched' }, hit.matched) : null,
          h('span', { className: 'tag' }, hit.kind),
        ),
      ),
    );
    if (hits.length === 0) replaceChildren(list, h('div', { className: 'hit empty' }, 'No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const refresh = () => {
    const index = options.index();
    if (!index || !input.value.trim()) return close();
    const drawn = options.drawn;
    hits = drawn
      ? index
          .search(input.value, ASKED)
          .filter((hit) => drawn(hit.node))
          .slice(0, SHOWN)
      : index.search(input.value, SHOWN);
    active = 0;
    render();
  };

  input.addEventListener('input', refresh);
  input.addEventListener('focus', refresh);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
  // "/" focuses search from anywhere, as in most analyst tools.
  window.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement !== input && !(e.target instanceof HTMLInputElement)) {
      e.preventDefault();
      input.focus();
    }
  });
  return {
    sync(view: ViewState, previous: ViewState | null) {
      if (!previous || view.graph !== previous.graph || view.view !== previous.view) close();
    },
  };
}
