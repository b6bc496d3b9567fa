import type { ViewState } from './types.js';
import { DEFAULT_VIEW, formatView, parseView } from './url.js';

export * from './types.js';
export { DEFAULT_EXPLORE_BUDGET, DEFAULT_VIEW, formatView, parseView } from './url.js';

type Listener = (view: ViewState, previous: ViewState) => void;

/**
 * The one source of truth for what the analyst is looking at. Modules change it with `update`
 * and react in `subscribe`; the URL follows every change.
 */
export class ViewStore {
  private view: ViewState;
  private listeners: Listener[] = [];

  constructor(initial: ViewState = DEFAULT_VIEW) {
    this.view = initial;
  }

  /** The current view (treat as read-only). */
  get(): ViewState {
    return this.view;
  }

  /** Merges a change into the view and tells every listener. */
  update(patch: Partial<ViewState>): void {
    const previous = this.view;
    this.view = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.view, previous);
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}

/**
 * Mirrors the view into the address bar, so a copied link reopens it. A change of view adds a
 * history entry (Back returns to the previous view); everything else replaces the current one.
 */
export function syncUrl(store: ViewStore): void {
  let pending = 0;
  let restoring = false;
  const urlOf = () => `${window.location.pathname}${formatView(store.get())}`;
  const write = () => {
    pending = 0;
    const url = urlOf();
    if (url !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(null, '', url);
  };
  // Camera moves fire every frame: write at most every 150 ms, always ending on the latest view.
  store.subscribe((view, previous) => {
    if (view.view !== previous.view && !restoring) {
      window.clearTimeout(pending);
      pending = 0;
      window.history.pushState(null, '', urlOf());
    } else if (!pending) pending = window.setTimeout(write, 150);
  });
  window.addEventListener('popstate', () => {
    const { view, selected } = parseView(window.location.search);
    restoring = true;
    store.update({ view, selected });
    restoring = false;
  });
}
