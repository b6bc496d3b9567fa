import type { EgoDepth, Filters } from '../filters/index.js';
import { ACTOR_TYPES, EDGE_TYPES, NODE_KINDS, type ViewerGraph } from '../graph/index.js';
import type { ViewPart, ViewState, ViewStore } from '../state/index.js';
import {
  ACTOR_COLORS,
  COMMUNITY_COLORS,
  communityColor,
  EDGE_COLORS,
  EDGE_NAMES,
  KIND_COLORS,
  KIND_NAMES,
  SIZE_MODES,
  type SizeBy,
  VIEW_EDGE_COLORS,
  VIEW_EDGE_NAMES,
} from '../style/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { DERIVED_EDGE_TYPES, type DrawnGraph } from '../views/index.js';
import { BETWEENNESS_UP_TO } from '../views/table.js';

/** Communities listed in the colour key; the rest share the palette's last, neutral colour. */
const KEYED_COMMUNITIES = COMMUNITY_COLORS.length - 1;

/**
 * The colour key of the communities: each one's colour, its best-linked member's name and size;
 * the communities past the palette in one grey row.
 */
function communityKey(drawn: DrawnGraph, groups: Map<string, number>): HTMLElement {
  const members = new Map<number, string[]>();
  for (const [node, c] of groups) members.set(c, [...(members.get(c) ?? []), node]);
  const ranked = [...members].sort((a, b) => a[0] - b[0]);
  const row = (color: string, name: string, count: number) =>
    h(
      'div',
      { className: 'legend-row', attrs: { 'data-community': name } },
      h('span', { className: 'swatch', style: { background: color } }),
      h('span', { className: 'legend-name' }, name),
      h('span', { className: 'count' }, count),
    );
  const lead = (nodes: string[]) => {
    const best = nodes.reduce((a, b) => (drawn.degree(b) > drawn.degree(a) ? b : a));
    return `${drawn.getNodeAttribute(best, 'label')}${nodes.length > 1 ? ' …' : ''}`;
  };
  const rest = ranked.slice(KEYED_COMMUNITIES).flatMap(([, nodes]) => nodes);
  return h(
    'section',
    { attrs: { 'data-section': 'communities' } },
    h('h3', {}, `Communities (${ranked.length})`),
    ...ranked
      .slice(0, KEYED_COMMUNITIES)
      .map(([c, nodes]) => row(communityColor(c), lead(nodes), nodes.length)),
    rest.length
      ? row(communityColor(KEYED_COMMUNITIES), `${ranked.length - KEYED_COMMUNITIES} smaller`, rest.length)
      : null,
  );
}

import { mountDates } from './dates.js';
import { mountStructure } from './structure.js';

/** How many nodes of each kind / actor type and edges of each type the graph has. */
function tally(graph: DrawnGraph) {
  const kinds = new Map<string, number>();
  const actorTypes = new Map<string, number>();
  const edgeTypes = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  graph.forEachNode((_n, a) => {
    bump(kinds, a.kind);
    if (a.kind === 'actor') bump(actorTypes, a.type);
  });
  graph.forEachEdge((_e, a) => bump(edgeTypes, a.type));
  return { kinds, actorTypes, edgeTypes };
}

type ListKey = 'hiddenKinds' | 'hiddenActorTypes' | 'hiddenEdgeTypes';

/** Toggles one value in one of the filters' hidden lists. */
function toggle(filters: Filters, key: ListKey, value: string, shown: boolean): Filters {
  const current = filters[key] as string[];
  const next = shown ? current.filter((v) => v !== value) : [...new Set([...current, value])];
  return { ...filters, [key]: next };
}

/** The words on the size chooser's buttons. */
const SIZE_WORDS: Record<SizeBy, string> = {
  statements: 'Statements',
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

/**
 * The left sidebar: a legend whose entries are also the filters (Gephi Lite style), the article
 * filter, the time slider, the ego-network depth, the statement confidence filter and the size
 * mode. Rebuilt per graph and view: counts are of the drawn graph, the article and date choices
 * of the loaded one; `sync` reflects the view.
 */
export function mountLegend(
  root: HTMLElement,
  graph: ViewerGraph,
  drawn: DrawnGraph,
  store: ViewStore,
  groups: Map<string, number> | null = null,
): ViewPart {
  const counts = tally(drawn);
  const setFilters = (filters: Filters) => store.update({ filters });

  const row = (key: ListKey, value: string, color: string, name: string, count: number, line = false) =>
    h(
      'label',
      { className: count ? 'legend-row' : 'legend-row empty' },
      h('input', {
        attrs: { type: 'checkbox', 'data-filter': key, value, checked: true },
        on: {
          change: (e) =>
            setFilters(toggle(store.get().filters, key, value, (e.target as HTMLInputElement).checked)),
        },
      }),
      h('span', { className: line ? 'swatch line' : 'swatch', style: { background: color } }),
      h('span', { className: 'legend-name' }, name),
      h('span', { className: 'count' }, count),
    );

  const articles: [string, string][] = [];
  graph.forEachNode((_n, a) => {
    if (a.kind === 'article') articles.push([a.id, a.label]);
  });
  const articleSelect = h(
    'select',
    {
      attrs: { 'data-filter': 'article', 'aria-label': 'Article' },
      on: {
        change: (e) => {
          const value = (e.target as HTMLSelectElement).value;
          setFilters({ ...store.get().filters, article: value || null });
        },
      },
    },
    h('option', { attrs: { value: '' } }, `All articles (${articles.length})`),
    ...articles.map(([id, label]) => h('option', { attrs: { value: id } }, label)),
  );

  const dates = mountDates(graph, store);
  const structure = mountStructure(graph, drawn, store);
  // Graphs built before the attribution model have no confidence to filter on.
  const rated = graph.someNode((_n, a) => a.kind === 'statement' && a.confidence !== undefined);

  const segmented = <T extends string | number>(
    name: string,
    options: [T, string][],
    pick: (value: T) => void,
  ): HTMLElement =>
    h(
      'div',
      { className: 'segmented', attrs: { role: 'group', 'data-control': name } },
      ...options.map(([value, label]) =>
        h(
          'button',
          { attrs: { type: 'button', 'data-value': String(value) }, on: { click: () => pick(value) } },
          label,
        ),
      ),
    );
  const ego = segmented<EgoDepth>(
    'ego',
    [
      [0, 'Off'],
      [1, '1 hop'],
      [2, '2 hops'],
    ],
    (depth) => setFilters({ ...store.get().filters, ego: depth }),
  );
  const confidence = segmented<number>(
    'confidence',
    [
      [0, 'All'],
      [0.5, '≥ 0.5'],
      [0.7, '≥ 0.7'],
      [0.9, '≥ 0.9'],
    ],
    (minConfidence) => setFilters({ ...store.get().filters, minConfidence }),
  );
  const egoHint = h('p', { className: 'hint' }, 'Select a node to see its neighbourhood.');
  const size = segmented<SizeBy>(
    'size',
    SIZE_MODES.map((mode) => [mode, SIZE_WORDS[mode]]),
    (sizeBy) => store.update({ sizeBy }),
  );
  // Betweenness is O(nodes × edges): about 2 s on the main thread at 4,000 nodes.
  const between = size.querySelector<HTMLButtonElement>('button[data-value=betweenness]');
  if (between && drawn.order > BETWEENNESS_UP_TO) {
    between.disabled = true;
    between.title = `Too slow to compute here above ${BETWEENNESS_UP_TO.toLocaleString()} nodes: try the actor view`;
  }
  // A view's derived edges: shown with their counts, not filters (the URL keeps contract types).
  const derivedRow = (t: (typeof DERIVED_EDGE_TYPES)[number]) =>
    h(
      'div',
      { className: 'legend-row', attrs: { 'data-edge': t } },
      h('span', { className: 'swatch line', style: { background: VIEW_EDGE_COLORS[t] } }),
      h('span', { className: 'legend-name' }, VIEW_EDGE_NAMES[t]),
      h('span', { className: 'count' }, counts.edgeTypes.get(t) ?? 0),
    );

  replaceChildren(
    root,
    h(
      'section',
      {},
      h('h3', {}, 'Nodes'),
      row('hiddenKinds', 'actor', '#64748b', KIND_NAMES.actor, counts.kinds.get('actor') ?? 0),
      h(
        'div',
        { className: 'legend-sub' },
        ...ACTOR_TYPES.map((t) =>
          row('hiddenActorTypes', t, ACTOR_COLORS[t], t, counts.actorTypes.get(t) ?? 0),
        ),
      ),
      ...NODE_KINDS.filter((k) => k !== 'actor').map((k) =>
        row('hiddenKinds', k, KIND_COLORS[k], KIND_NAMES[k], counts.kinds.get(k) ?? 0),
      ),
    ),
    h(
      'section',
      {},
      h('h3', {}, 'Edges'),
      ...DERIVED_EDGE_TYPES.filter((t) => counts.edgeTypes.has(t)).map(derivedRow),
      ...EDGE_TYPES.map((t) =>
        row('hiddenEdgeTypes', t, EDGE_COLORS[t], EDGE_NAMES[t], counts.edgeTypes.get(t) ?? 0, true),
      ),
    ),
    h('section', {}, h('h3', {}, 'Article'), articleSelect),
    structure.publisher,
    dates.element,
    structure.structure,
    h('section', {}, h('h3', {}, 'Ego network'), ego, egoHint),
    rated ? h('section', {}, h('h3', {}, 'Statement confidence'), confidence) : null,
    h('section', {}, h('h3', {}, 'Size by'), size),
    groups ? communityKey(drawn, groups) : null,
  );

  const reflect = (view: ViewState) => {
    const f = view.filters;
    const hidden: Record<ListKey, string[]> = {
      hiddenKinds: f.hiddenKinds,
      hiddenActorTypes: f.hiddenActorTypes,
      hiddenEdgeTypes: f.hiddenEdgeTypes,
    };
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]')) {
      if (!(box.dataset.filter! in hidden)) continue;
      box.checked = !hidden[box.dataset.filter as ListKey].includes(box.value);
    }
    articleSelect.value = f.article ?? '';
    dates.sync(f);
    structure.sync(f);
    const mark = (group: HTMLElement, value: string) => {
      for (const b of group.querySelectorAll<HTMLButtonElement>('button')) {
        b.classList.toggle('active', b.dataset.value === value);
      }
    };
    mark(ego, String(f.ego));
    mark(confidence, String(f.minConfidence));
    mark(size, view.sizeBy);
    egoHint.hidden = Boolean(view.selected);
  };
  return {
    sync: (view, previous) => {
      const touched =
        !previous ||
        view.filters !== previous.filters ||
        view.selected !== previous.selected ||
        view.sizeBy !== previous.sizeBy;
      if (touched) reflect(view);
    },
  };
}
