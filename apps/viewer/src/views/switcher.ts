import type { ViewPart, ViewStore } from '../state/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { VIEW_NAMES, VIEWS } from './index.js';

/**
 * The view switcher: one button per registered view; choosing one changes the store's `view`,
 * which the URL keeps (a link or Back brings the view back).
 * @example const switcher = mountViewSwitcher(byId('view-switcher'), store); switcher.sync(store.get(), null);
 */
export function mountViewSwitcher(root: HTMLElement, store: ViewStore): ViewPart {
  const buttons = VIEW_NAMES.map((name) =>
    h(
      'button',
      {
        attrs: { type: 'button', 'data-view': name, title: VIEWS[name].description },
        // A new drawing has its own extent: the camera starts from the fit, not the old view's.
        on: { click: () => store.update({ view: name, selected: null, camera: null }) },
      },
      VIEWS[name].title,
    ),
  );
  replaceChildren(root, ...buttons);
  return {
    sync: (view, previous) => {
      if (previous && view.view === previous.view) return;
      for (const b of buttons) {
        const active = b.dataset.view === view.view;
        b.classList.toggle('active', active);
        b.setAttribute('aria-pressed', String(active));
      }
    },
  };
}
