// nodes.csv and edges.csv (RFC 4180) for spreadsheets and Gephi's import wizard ("Import
// spreadsheet"), which recognises the columns Id and Label for nodes and Id, Source, Target, Type
// (directed or undirected) and Label for edges, ignoring case.
import type { ParleyGraph } from '../graph/types.js';
import { type AttributeColumn, formatColumnValue, inferAttributeColumns } from './columns.js';

/** A CSV column: its header and where its value comes from. */
export interface CsvColumn {
  header: string;
  /** The attribute it holds; absent for the columns made from the graph's structure. */
  attribute?: AttributeColumn;
}

const NODE_RESERVED = new Set(['id', 'label']);
const EDGE_RESERVED = new Set(['id', 'source', 'target', 'type', 'label', 'weight', 'kind']);
const RENAMED_PREFIX = 'attr_';
const CHUNK = 1 << 16;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The header of an attribute column. An attribute whose name Gephi reserves (ignoring case) or
 * that starts with `attr_` gets `attr_` before its name, so the mapping is reversible:
 * an article's `id` is the column `attr_id`.
 */
function attributeHeader(name: string, reserved: Set<string>): string {
  const clashes = reserved.has(name.toLowerCase()) || name.startsWith(RENAMED_PREFIX);
  return clashes ? `${RENAMED_PREFIX}${name}` : name;
}

/**
 * The columns of nodes.csv and edges.csv. Nodes: `Id` (node key), `Label` (`label`), then every
 * other attribute by name. Edges: `Id` (edge key), `Source`, `Target`, `Type` (always `Directed`),
 * `Kind` (the Parley edge `type`), `Label` (`label`, if any edge has one), then the rest by name.
 */
export function csvColumns(graph: ParleyGraph): { nodes: CsvColumn[]; edges: CsvColumn[] } {
  const columns = inferAttributeColumns(graph);
  const nodes: CsvColumn[] = [{ header: 'Id' }];
  const label = columns.node.find((c) => c.name === 'label');
  nodes.push(label ? { header: 'Label', attribute: label } : { header: 'Label' });
  for (const c of columns.node) {
    if (c !== label) nodes.push({ header: attributeHeader(c.name, NODE_RESERVED), attribute: c });
  }
  const edges: CsvColumn[] = [
    { header: 'Id' },
    { header: 'Source' },
    { header: 'Target' },
    { header: 'Type' },
  ];
  const kind = columns.edge.find((c) => c.name === 'type');
  const edgeLabel = columns.edge.find((c) => c.name === 'label');
  if (kind) edges.push({ header: 'Kind', attribute: kind });
  if (edgeLabel) edges.push({ header: 'Label', attribute: edgeLabel });
  for (const c of columns.edge) {
    if (c !== kind && c !== edgeLabel)
      edges.push({ header: attributeHeader(c.name, EDGE_RESERVED), attribute: c });
  }
  return { nodes, edges };
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, or is empty, so that an
 * empty string (`""`) stays distinct from a missing value (nothing). Lone surrogates, which
 * UTF-8 cannot encode, are dropped.
 */
export function csvField(value: string | undefined): string {
  if (value === undefined) return '';
  const clean = value.replace(LONE_SURROGATE, '');
  return clean === '' || /[",\r\n]/.test(clean) ? `"${clean.replaceAll('"', '""')}"` : clean;
}

function row(columns: CsvColumn[], structural: Record<string, string>, attributes: Record<string, unknown>) {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as CsvColumn;
    const value = column.attribute ? attributes[column.attribute.name] : undefined;
    const field = column.attribute
      ? value === undefined
        ? undefined
        : formatColumnValue(column.attribute, value)
      : structural[column.header];
    line += (i === 0 ? '' : ',') + csvField(field);
  }
  return `${line}\r\n`;
}

function* chunked(lines: Iterable<string>): Generator<string, void, undefined> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

function* nodeLines(graph: ParleyGraph, columns: CsvColumn[]): Generator<string> {
  yield `${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield row(columns, { Id: node }, attributes);
  }
}

function* edgeLines(graph: ParleyGraph, columns: CsvColumn[]): Generator<string> {
  yield `${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const structural = {
      Id: edge,
      Source: source,
      Target: target,
      Type: undirected ? 'Undirected' : 'Directed',
    };
    yield row(columns, structural, attributes);
  }
}

/**
 * Writes a graph as two CSV tables (CRLF line ends, UTF-8, no BOM), streamed in chunks; each
 * iterable can be read more than once. Values: numbers and booleans plain, strings as they are,
 * arrays, objects, null and mixed columns as JSON (see {@link inferAttributeColumns}); a missing
 * value is an empty field, an empty string is `""`. Column names: see {@link csvColumns}.
 * @example const { nodes, edges } = toCsv(graph); await writeFile('nodes.csv', [...nodes].join(''));
 */
export function toCsv(graph: ParleyGraph): { nodes: Iterable<string>; edges: Iterable<string> } {
  const columns = csvColumns(graph);
  return {
    nodes: { [Symbol.iterator]: () => chunked(nodeLines(graph, columns.nodes)) },
    edges: { [Symbol.iterator]: () => chunked(edgeLines(graph, columns.edges)) },
  };
}
