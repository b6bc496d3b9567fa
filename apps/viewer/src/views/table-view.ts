import { communityColor } from '../style/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import {
  type Cell,
  type Column,
  EDGE_COLUMNS,
  type EdgeRow,
  groupByCommunity,
  rowsToCsv,
  sortRows,
  TABLE_COLUMNS,
  type TableRow,
} from './table.js';

/** What the table shows: the drawn nodes' and edges' rows and a name for the download. */
export interface TableSource {
  rows: () => TableRow[];
  edgeRows: () => EdgeRow[];
  fileName: (table: 'nodes' | 'edges') => string;
  select: (node: string) => void;
  /** The colour a node is drawn with (its community's in the actor view). */
  colorOf: (node: string) => string;
}

/** Rows beyond this are in the CSV but not in the page (a DOM of 4,000 rows is slow to sort). */
const SHOWN_ROWS = 500;

const cell = (value: Cell) =>
  value === null ? '—' : typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : value;

/** One sortable table: its columns, rows, sort state and what a row click does. */
interface Sheet<Row extends { key: string }> {
  columns: Column<Row>[];
  rows: Row[];
  by: keyof Row & string;
  descending: boolean;
  click?: (row: Row) => void;
  /** The colour of the swatch before a cell's value, or null for none. */
  swatch?: (row: Row, column: keyof Row) => string | null;
}

/** A colour dot, as in the legend. */
const dot = (color: string) => h('span', { className: 'swatch', style: { background: color } });

/**
 * The data table of what is drawn: nodes (name, kind, community, metrics) or edges (ends, type,
 * count, statement texts), sortable on every column (click a heading; again to flip); a node row
 * selects its node; "Download CSV" saves exactly the rows drawn (all of them). A node's name has
 * the colour it is drawn with, its community the community's; "Group by community" (when the view
 * has the session's communities) lists each community under a heading row, largest first.
 * @example const table = mountDataTable(byId('data-table'), source); table.toggle();
 */
export function mountDataTable(root: HTMLElement, source: TableSource) {
  let showing: 'nodes' | 'edges' = 'nodes';
  const nodes: Sheet<TableRow> = {
    columns: TABLE_COLUMNS,
    rows: [],
    by: 'pagerank',
    descending: true,
    click: (row) => source.select(row.key),
    swatch: (row, column) => {
      if (column === 'name') return source.colorOf(row.key);
      return column === 'community' && row.community !== null ? communityColor(row.community) : null;
    },
  };
  /** Whether the node table is grouped by community (offered when the rows have communities). */
  let grouped = false;
  const edges: Sheet<EdgeRow> = { columns: EDGE_COLUMNS, rows: [], by: 'weight', descending: true };

  const download = <Row extends { key: string }>(sheet: Sheet<Row>) => {
    const url = URL.createObjectURL(new Blob([rowsToCsv(sheet.columns, sheet.rows)], { type: 'text/csv' }));
    const link = h('a', { attrs: { href: url, download: source.fileName(showing) } });
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  /** One sheet as a table; `group` lays out the body rows itself (the grouped node table). */
  const tableOf = <Row extends { key: string }>(
    sheet: Sheet<Row>,
    group?: (line: (row: Row) => HTMLElement) => HTMLElement[],
  ): HTMLElement => {
    const head = sheet.columns.map((c) =>
      h(
        'th',
        {
          className: c.numeric ? 'numeric' : '',
          attrs: {
            'aria-sort': c.id === sheet.by ? (sheet.descending ? 'descending' : 'ascending') : undefined,
          },
        },
        h(
          'button',
          {
            className: 'sort-button',
            attrs: { type: 'button', 'data-sort': c.id },
            on: {
              click: () => {
                sheet.descending = c.id === sheet.by ? !sheet.descending : c.numeric;
                sheet.by = c.id;
                render();
              },
            },
          },
          c.title,
        ),
      ),
    );
    const line = (row: Row) =>
      h(
        'tr',
        { attrs: { 'data-key': row.key }, on: { click: () => sheet.click?.(row) } },
        ...sheet.columns.map((c) => {
          const color = sheet.swatch?.(row, c.id);
          return h(
            'td',
            { className: c.numeric ? 'numeric' : '' },
            color ? dot(color) : null,
            cell(row[c.id] as Cell),
          );
        }),
      );
    const body = group
      ? group(line)
      : sortRows(sheet.rows, sheet.by, sheet.descending).slice(0, SHOWN_ROWS).map(line);
    return h('table', {}, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...body));
  };

  /** The node rows by community: a heading row per community (colour, size, best-ranked member), then its rows. */
  const groupedBody = (sheet: Sheet<TableRow>, line: (row: TableRow) => HTMLElement): HTMLElement[] => {
    const out: HTMLElement[] = [];
    let shown = 0;
    for (const group of groupByCommunity(sheet.rows, sheet.by, sheet.descending)) {
      if (shown >= SHOWN_ROWS) break;
      const name = group.community === null ? 'No community' : `Community ${group.community}`;
      const lead = group.rows[0]?.name ?? '';
      out.push(
        h(
          'tr',
          { className: 'group-row', attrs: { 'data-community': group.community ?? 'none' } },
          h(
            'td',
            { attrs: { colspan: sheet.columns.length } },
            group.community === null ? null : dot(communityColor(group.community)),
            `${name} · ${group.rows.length} node${group.rows.length === 1 ? '' : 's'} · ${lead}`,
          ),
        ),
      );
      for (const row of group.rows.slice(0, SHOWN_ROWS - shown)) out.push(line(row));
      shown += group.rows.length;
    }
    return out;
  };

  const render = () => {
    const sheet = showing === 'nodes' ? nodes : edges;
    const count = sheet.rows.length;
    const more = count > SHOWN_ROWS ? ` (first ${SHOWN_ROWS} shown; the CSV has all)` : '';
    const tab = (which: 'nodes' | 'edges', title: string) =>
      h(
        'button',
        {
          className: which === showing ? 'active' : '',
          attrs: { type: 'button', 'data-table': which },
          on: {
            click: () => {
              showing = which;
              render();
            },
          },
        },
        title,
      );
    replaceChildren(
      root,
      h(
        'div',
        { className: 'data-table-bar' },
        h('div', { className: 'segmented' }, tab('nodes', 'Nodes'), tab('edges', 'Edges')),
        h(
          'span',
          { attrs: { 'data-testid': 'table-count' } },
          `${count.toLocaleString()} ${showing} drawn${more}`,
        ),
        showing === 'nodes' && nodes.rows.some((r) => r.community !== null)
          ? h(
              'button',
              {
                className: 'button ghost',
                attrs: { type: 'button', 'data-testid': 'table-group', 'aria-pressed': String(grouped) },
                on: {
                  click: () => {
                    grouped = !grouped;
                    render();
                  },
                },
              },
              'Group by community',
            )
          : null,
        h(
          'button',
          {
            className: 'button',
            attrs: { type: 'button', 'data-testid': 'table-csv' },
            on: { click: () => (showing === 'nodes' ? download(nodes) : download(edges)) },
          },
          'Download CSV',
        ),
      ),
      h(
        'div',
        { className: 'data-table-scroll' },
        showing === 'edges'
          ? tableOf(edges)
          : tableOf(nodes, grouped ? (line) => groupedBody(nodes, line) : undefined),
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
      nodes.rows = source.rows();
      edges.rows = source.edgeRows();
      render();
    },
  };
}
