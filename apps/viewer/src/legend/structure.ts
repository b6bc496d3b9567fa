import { articlePublishers, type Filters } from '../filters/index.js';
import type { ViewerGraph } from '../graph/index.js';
import type { ViewStore } from '../state/index.js';
import { h } from '../ui/dom.js';
import type { DrawnGraph } from '../views/index.js';

/** The heaviest edge of the drawn graph (1 when no edge is merged). */
function maxWeight(drawn: DrawnGraph): number {
  let max = 1;
  drawn.forEachEdge((_e, attr) => {
    max = Math.max(max, attr.weight ?? 1);
  });
  return max;
}

/** A whole-number threshold input; an empty or invalid entry turns the filter off (0). */
function thresholdInput(
  key: 'minDegree' | 'minWeight',
  label: string,
  max: number,
  set: (value: number) => void,
): HTMLInputElement {
  return h('input', {
    attrs: {
      type: 'number',
      min: 0,
      max,
      step: 1,
      'data-filter': key,
      'aria-label': label,
      placeholder: '0',
    },
    on: {
      change: (e) => {
        const value = Number((e.target as HTMLInputElement).value);
        set(Number.isInteger(value) && value > 0 ? value : 0);
      },
    },
  }) as HTMLInputElement;
}

/**
 * The legend's Publisher and Structure sections: one publisher's articles (shown when articles
 * name their publisher), hide isolated nodes, minimum degree and minimum edge weight (statements
 * behind a merged edge). Thresholds apply to what the other filters leave (filters/drawn.ts).
 * @returns the sections and `sync`, which shows the filters' values
 */
export function mountStructure(
  graph: ViewerGraph,
  drawn: DrawnGraph,
  store: ViewStore,
): { publisher: HTMLElement; structure: HTMLElement; sync: (filters: Filters) => void } {
  const patch = (change: Partial<Filters>) =>
    store.update({ filters: { ...store.get().filters, ...change } });
  const publishers = articlePublishers(graph);
  const publisher = h(
    'select',
    {
      attrs: { 'data-filter': 'publisher', 'aria-label': 'Publisher' },
      on: { change: (e) => patch({ publisher: (e.target as HTMLSelectElement).value || null }) },
    },
    h('option', { attrs: { value: '' } }, `All publishers (${publishers.length})`),
    ...publishers.map((p) =>
      h('option', { attrs: { value: p.publisher } }, `${p.publisher} (${p.articles})`),
    ),
  );
  const isolated = h('input', {
    attrs: { type: 'checkbox', 'data-filter': 'hideIsolated' },
    on: { change: (e) => patch({ hideIsolated: (e.target as HTMLInputElement).checked }) },
  }) as HTMLInputElement;
  const heaviest = maxWeight(drawn);
  const degree = thresholdInput('minDegree', 'Minimum degree', Math.max(drawn.order - 1, 0), (minDegree) =>
    patch({ minDegree }),
  );
  const weight = thresholdInput('minWeight', 'Minimum edge weight', heaviest, (minWeight) =>
    patch({ minWeight }),
  );

  const publisherSection = h(
    'section',
    { attrs: { 'data-part': 'publisher' } },
    h('h3', {}, 'Publisher'),
    publisher,
  );
  publisherSection.hidden = publishers.length === 0;
  const structure = h(
    'section',
    { attrs: { 'data-part': 'structure' } },
    h('h3', {}, 'Structure'),
    h(
      'label',
      { className: 'legend-row' },
      isolated,
      h('span', { className: 'option-name' }, 'Hide isolated nodes'),
    ),
    h('label', { className: 'threshold' }, h('span', {}, 'Min. degree'), degree),
    h(
      'label',
      { className: 'threshold' },
      h('span', {}, 'Min. edge weight'),
      weight,
      h('span', { className: 'hint' }, `max ${heaviest}`),
    ),
  );
  const sync = (f: Filters) => {
    publisher.value = f.publisher ?? '';
    isolated.checked = f.hideIsolated;
    degree.value = f.minDegree ? String(f.minDegree) : '';
    weight.value = f.minWeight ? String(f.minWeight) : '';
  };
  return { publisher: publisherSection, structure, sync };
}
