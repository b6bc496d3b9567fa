import { h, replaceChildren } from '../ui/dom.js';
import { rowsToCsv, sortRows, TABLE_COLUMNS, type TableColumn, type TableRow } from './table.js';

/** What the table shows: the drawn nodes' rows and a name for the download. */
export interface TableSource {
  rows: () => TableRow[];
  fileName: () => string;
  select: (node: string) => void;
}

/** Rows beyond this are in the CSV but not in the page (a DOM of 4,000 rows is slow to sort). */
const SHOWN_ROWS = 500;

const cell = (value: TableRow[TableColumn]) =>
  value === null ? '—' : typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : value;

/**
 * The data table of the drawn nodes: sortable on every column (click a heading; again to flip),
 * a row selects its node, and "Download CSV" saves exactly the rows shown (all of them).
 * @example const table = mountDataTable(byId('data-table'), source); table.toggle();
 */
export function mountDataTable(root: HTMLElement, source: TableSource) {
  let by: TableColumn = 'pagerank';
  let descending = true;
  let rows: TableRow[] = [];

  const download = () => {
    const url = URL.createObjectURL(new Blob([rowsToCsv(rows)], { type: 'text/csv' }));
    const link = h('a', { attrs: { href: url, download: source.fileName() } });
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const render = () => {
    const sorted = sortRows(rows, by, descending);
    const head = TABLE_COLUMNS.map((c) =>
      h(
        'th',
        {
          className: c.numeric ? 'numeric' : '',
          attrs: { 'aria-sort': c.id === by ? (descending ? 'descending' : 'ascending') : undefined },
        },
        h(
          'button',
          {
            className: 'sort-button',
            attrs: { type: 'button', 'data-sort': c.id },
            on: {
              click: () => {
                descending = c.id === by ? !descending : c.numeric;
                by = c.id;
                render();
              },
            },
          },
          c.title,
        ),
      ),
    );
    const body = sorted
      .slice(0, SHOWN_ROWS)
      .map((row) =>
        h(
          'tr',
          { attrs: { 'data-node': row.key }, on: { click: () => source.select(row.key) } },
          ...TABLE_COLUMNS.map((c) => h('td', { className: c.numeric ? 'numeric' : '' }, cell(row[c.id]))),
        ),
      );
    const more = rows.length > SHOWN_ROWS ? ` (first ${SHOWN_ROWS} shown; the CSV has all)` : '';
    replaceChildren(
      root,
      h(
        'div',
        { className: 'data-table-bar' },
        h(
          'span',
          { attrs: { 'data-testid': 'table-count' } },
          `${rows.length.toLocaleString()} nodes drawn${more}`,
        ),
        h(
          'button',
          {
            className: 'button',
            attrs: { type: 'button', 'data-testid': 'table-csv' },
            on: { click: download },
          },
          'Download CSV',
        ),
      ),
      h(
        'div',
        { className: 'data-table-scroll' },
        h('table', {}, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...body)),
      ),
    );
  };

  return {
    /** Shows or hides the table; returns whether it is shown. */
    toggle(): boolean {
      root.hidden = !root.hidden;
      if (!root.hidden) this.refresh();
      return !root.hidden;
    },
    /** Recomputes the rows from what is drawn now (no-op while hidden). */
    refresh(): void {
      if (root.hidden) return;
      rows = source.rows();
      render();
    },
  };
}
