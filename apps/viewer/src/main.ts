import './styles.css';
import { type GraphSummary, listGraphs, nodeCount } from './api/index.js';
import { GraphSession } from './app/session.js';
import { exportPicture, mountExports } from './export/index.js';
import type { LayoutStatus } from './layout/index.js';
import { describeChange, watchGraph } from './live/index.js';
import { mountSearchBox } from './search/box.js';
import { DEFAULT_EXPLORE_BUDGET, parseView, syncUrl, ViewStore } from './state/index.js';
import { byId, h, replaceChildren } from './ui/dom.js';
import { mountViewSwitcher } from './views/switcher.js';
import { mountDataTable } from './views/table-view.js';

const store = new ViewStore(parseView(window.location.search));
syncUrl(store);
const switcher = mountViewSwitcher(byId('view-switcher'), store);
switcher.sync(store.get(), null);
store.subscribe((view, previous) => switcher.sync(view, previous));

const el = {
  picker: byId<HTMLSelectElement>('graph-picker'),
  search: byId<HTMLInputElement>('search'),
  results: byId('search-results'),
  graph: byId('graph'),
  sidebar: byId('sidebar'),
  panel: byId('panel'),
  status: byId('status'),
  toast: byId('toast'),
  layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
  png: byId<HTMLButtonElement>('export-png'),
  copyLink: byId<HTMLButtonElement>('copy-link'),
  toggleSidebar: byId<HTMLButtonElement>('toggle-sidebar'),
};

let session: GraphSession | null = null;
mountExports(el.png, {
  graph: () => session?.name ?? null,
  baseName: () => `${session?.name ?? 'graph'}-${store.get().view}`,
  drawn: () => session?.exportGraph() ?? null,
});

const table = mountDataTable(byId('data-table'), {
  rows: () => session?.tableRows() ?? [],
  edgeRows: () => session?.edgeRows() ?? [],
  fileName: (table) => `${session?.name ?? 'graph'}-${store.get().view}-${table}.csv`,
  select: (node) => session?.focus(node),
  colorOf: (node) => session?.colorOf(node) ?? '#94a3b8',
});
store.subscribe((view, previous) => {
  // After the session has followed the change (it subscribed later), so rows are of the new drawing.
  if (view.view !== previous.view || view.filters !== previous.filters || view.selected !== previous.selected)
    window.setTimeout(() => table.refresh(), 0);
});
let counts = '';
let layoutStatus: LayoutStatus = 'stopped';

const LAYOUT_WORDS: Record<LayoutStatus, string> = {
  running: 'layout running',
  separating: 'separating labels',
  settled: 'layout settled',
  stopped: 'layout stopped',
};

function showStatus(): void {
  replaceChildren(
    el.status,
    h('span', {}, counts),
    h('span', { className: `layout-dot ${layoutStatus}` }),
    h('span', { attrs: { 'data-testid': 'layout-status' } }, LAYOUT_WORDS[layoutStatus]),
  );
  const running = layoutStatus === 'running' || layoutStatus === 'separating';
  el.layoutToggle.textContent = running ? 'Stop layout' : 'Run layout';
  el.layoutToggle.classList.toggle('running', running);
}

function toast(message: string, ms = 1800): void {
  el.toast.textContent = message;
  el.toast.hidden = false;
  window.setTimeout(() => {
    el.toast.hidden = true;
  }, ms);
}

function fail(message: string): void {
  replaceChildren(el.status, h('span', { className: 'error' }, message));
}

let stopWatching: (() => void) | null = null;

/** Graphs with more nodes than this open in exploration: an overview fetched from the server. */
const EXPLORE_ABOVE = 50_000;

/**
 * Opens a graph by name, replacing the one on screen, and follows its updates. A `live` reopen
 * (the graph changed on the server) keeps the view, selection, filters and camera, and the stored
 * positions: ingested nodes arrive placed near their neighbours, so the layout is not restarted.
 */
async function open(name: string, live = false): Promise<void> {
  if (!live) {
    stopWatching?.();
    stopWatching = watchGraph(name, (change, before) => {
      if (store.get().graph !== name) return;
      const what = describeChange(before.counts, change.counts);
      toast(`Graph updated${what ? `: ${what}` : ''}`, 4000);
      void open(name, true);
    });
  }
  session?.dispose();
  session = null;
  if (live) {
    // the camera and selection are in the store, so the new version opens where the old one was
    session = await GraphSession.open(name, store, sessionElements(), sessionHooks()).catch(() => null);
    if (session) window.__parley = { store, session };
    return;
  }
  fail(`Loading ${name}…`);
  try {
    session = await GraphSession.open(name, store, sessionElements(), sessionHooks());
    session.layout.start();
    window.__parley = { store, session };
  } catch (error) {
    fail(`Could not open ${name}: ${(error as Error).message}`);
  }
}

function sessionElements() {
  return { graph: el.graph, sidebar: el.sidebar, panel: el.panel };
}

function sessionHooks() {
  return {
    onLayoutStatus: (status: LayoutStatus) => {
      layoutStatus = status;
      showStatus();
    },
    onCounts: (c: { nodes: number; totalNodes: number; edges: number; totalEdges: number }) => {
      const n = (x: number) => x.toLocaleString('en-US');
      counts = `${n(c.nodes)} of ${n(c.totalNodes)} nodes · ${n(c.edges)} of ${n(c.totalEdges)} edges`;
      showStatus();
    },
  };
}

function fillPicker(graphs: GraphSummary[], current: string): void {
  replaceChildren(
    el.picker,
    ...graphs.map((g) => {
      const nodes = nodeCount(g);
      const label = nodes === undefined ? g.name : `${g.name} · ${nodes.toLocaleString()} nodes`;
      return h('option', { attrs: { value: g.name, selected: g.name === current } }, label);
    }),
  );
  el.picker.disabled = graphs.length < 2;
}

function wireTopBar(): void {
  el.picker.addEventListener('change', () => {
    // A different graph: its node keys and articles mean nothing here, so start clean.
    store.update({
      graph: el.picker.value,
      selected: null,
      camera: null,
      filters: { ...store.get().filters, article: null },
    });
    void open(el.picker.value);
  });
  const search = mountSearchBox({
    input: el.search,
    list: el.results,
    index: () => session?.search ?? null,
    colorOf: (node) => session?.colorOf(node) ?? '#94a3b8',
    onChoose: (node) => session?.focus(node),
    drawn: (node) => {
      const shown = session?.drawn().nodes;
      return !shown || shown.has(node);
    },
  });
  search.sync(store.get(), null);
  store.subscribe((view, previous) => search.sync(view, previous));
  const tableToggle = byId<HTMLButtonElement>('toggle-table');
  tableToggle.addEventListener('click', () =>
    tableToggle.setAttribute('aria-pressed', String(table.toggle())),
  );
  el.layoutToggle.addEventListener('click', () => {
    if (!session) return;
    if (session.layout.isRunning()) session.layout.stop();
    else session.layout.start();
  });
  const picture = (format: 'png' | 'svg') => {
    if (session)
      void exportPicture(
        session.view.sigma,
        session.caption(),
        `${session.name}-${store.get().view}`,
        format,
      );
  };
  el.png.addEventListener('click', () => picture('png'));
  byId('export-svg').addEventListener('click', () => picture('svg'));
  // The export menu closes once a file is on its way (the scope switch keeps it open).
  const menu = byId<HTMLDetailsElement>('export-menu');
  menu.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('button')) menu.open = false;
  });
  el.copyLink.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      toast('Link copied');
    } catch {
      toast(window.location.href);
    }
  });
  el.toggleSidebar.addEventListener('click', () => {
    const hidden = el.sidebar.toggleAttribute('hidden');
    el.toggleSidebar.setAttribute('aria-pressed', String(!hidden));
  });
  const camera = () => session?.view.sigma.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera()?.animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => void camera()?.animatedUnzoom({ duration: 250 }));
  // Fit frames what the filters leave drawn, not the whole graph.
  byId('zoom-fit').addEventListener('click', () => session?.view.frame(session.drawn().nodes, 300));
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.activeElement === document.body) store.update({ selected: null });
  });
}

async function boot(): Promise<void> {
  wireTopBar();
  let graphs: GraphSummary[];
  try {
    graphs = await listGraphs();
  } catch (error) {
    return fail(`Could not list graphs: ${(error as Error).message}`);
  }
  if (graphs.length === 0) return fail('No graph yet: build one with `parley build` into graphs/<name>/.');
  const wanted = store.get().graph;
  const name = graphs.some((g) => g.name === wanted) ? (wanted as string) : (graphs[0] as GraphSummary).name;
  fillPicker(graphs, name);
  if (name !== wanted) store.update({ graph: name });
  // a graph too large to draw whole opens as an overview to expand from (exploration)
  const size = nodeCount(graphs.find((g) => g.name === name) as GraphSummary) ?? 0;
  if (size > EXPLORE_ABOVE && !store.get().explore) store.update({ explore: DEFAULT_EXPLORE_BUDGET });
  await open(name);
}

declare global {
  interface Window {
    /** Handles for the browser tests and benchmarks (read-only use). */
    __parley?: { store: ViewStore; session: GraphSession };
  }
}

void boot();
