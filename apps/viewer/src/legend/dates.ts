import { articleDays, type Filters, isDay } from '../filters/index.js';
import type { ViewerGraph } from '../graph/index.js';
import type { ViewStore } from '../state/index.js';
import { h } from '../ui/dom.js';

/** Index of the first day on or after `since` (0 without a bound). */
const fromIndex = (days: string[], since: string | null) => {
  const i = since ? days.findIndex((d) => d >= since) : 0;
  return i < 0 ? days.length - 1 : i;
};

/** Index of the last day on or before `until` (the last without a bound). */
const untilIndex = (days: string[], until: string | null) => {
  if (!until) return days.length - 1;
  for (let i = days.length - 1; i >= 0; i--) if (days[i]! <= until) return i;
  return 0;
};

/**
 * The legend's Dates section: a time slider with two handles over the days the graph's articles
 * were published (each step is a day with articles), and two date inputs for exact bounds. Both
 * set the filters' `since` / `until`; a handle at either end clears its bound. Hidden when no
 * article is dated.
 * @returns the section and `sync`, which shows the filters' bounds
 */
export function mountDates(
  graph: ViewerGraph,
  store: ViewStore,
): { element: HTMLElement; sync: (filters: Filters) => void } {
  const counted = articleDays(graph);
  const days = counted.map((d) => d.day);
  const total = graph.filterNodes((_n, a) => a.kind === 'article').length;
  const setBounds = (bounds: Partial<Pick<Filters, 'since' | 'until'>>) =>
    store.update({ filters: { ...store.get().filters, ...bounds } });

  const handle = (bound: 'since' | 'until', label: string) =>
    h('input', {
      attrs: {
        type: 'range',
        min: 0,
        max: Math.max(0, days.length - 1),
        step: 1,
        value: bound === 'since' ? 0 : days.length - 1,
        'data-range': bound,
        'aria-label': label,
      },
      on: { input: () => slide(bound) },
    }) as HTMLInputElement;
  const low = handle('since', 'Earliest publication day');
  const high = handle('until', 'Latest publication day');
  // the handles never cross: the one moved stops at the other
  const slide = (moved: 'since' | 'until') => {
    let [lo, hi] = [Number(low.value), Number(high.value)];
    if (lo > hi) [lo, hi] = moved === 'since' ? [hi, hi] : [lo, lo];
    setBounds({ since: lo > 0 ? days[lo]! : null, until: hi < days.length - 1 ? days[hi]! : null });
  };

  const dateInput = (bound: 'since' | 'until', label: string) =>
    h('input', {
      attrs: {
        type: 'date',
        'data-date': bound,
        'aria-label': label,
        ...(days.length ? { min: days[0], max: days.at(-1) } : {}),
      },
      on: {
        change: (e) => {
          const value = (e.target as HTMLInputElement).value;
          setBounds({ [bound]: isDay(value) ? value : null });
        },
      },
    }) as HTMLInputElement;
  const since = dateInput('since', 'Published from');
  const until = dateInput('until', 'Published until');
  const range = h('p', { className: 'hint', attrs: { 'data-part': 'date-range' } });

  const element = h(
    'section',
    { attrs: { 'data-part': 'dates' } },
    h('h3', {}, 'Dates'),
    h('div', { className: 'time-slider' }, low, high),
    range,
    h('label', { className: 'date-bound' }, 'From ', since),
    h('label', { className: 'date-bound' }, 'Until ', until),
  );
  element.hidden = days.length === 0;

  const sync = (filters: Filters) => {
    if (!days.length) return;
    const [lo, hi] = [fromIndex(days, filters.since), untilIndex(days, filters.until)];
    low.value = String(lo);
    high.value = String(hi);
    since.value = filters.since ?? '';
    until.value = filters.until ?? '';
    const articles = counted.slice(lo, hi + 1).reduce((n, d) => n + d.articles, 0);
    range.textContent =
      lo <= hi ? `${days[lo]} to ${days[hi]}: ${articles} of ${total} articles` : 'No article';
  };
  return { element, sync };
}
