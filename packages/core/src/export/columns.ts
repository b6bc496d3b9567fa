// One typed column per attribute name, inferred over every value, shared by the GraphML, GEXF and
// CSV writers so the three agree on types and on how non-scalar values are written.
import type { ParleyGraph } from '../graph/types.js';

/** GraphML's attribute types (GEXF and CSV reuse them). */
export type ColumnType = 'boolean' | 'int' | 'long' | 'double' | 'string';

/** How one attribute is written in the tabular and XML formats. */
export interface AttributeColumn {
  /** The attribute's real name. */
  name: string;
  type: ColumnType;
  /**
   * True when every value of the column is written as JSON: the column holds arrays, objects or
   * null, or mixes kinds of value (strings and numbers, say). Its type is then `string`.
   */
  json: boolean;
}

/** The columns of a graph's attributes, its nodes' and its edges', in first-seen order. */
export interface AttributeColumns {
  graph: AttributeColumn[];
  node: AttributeColumn[];
  edge: AttributeColumn[];
}

const BOOLEAN = 1;
const INT = 2;
const LONG = 4;
const DOUBLE = 8;
const STRING = 16;
const COMPLEX = 32;
const NUMBERS = INT | LONG | DOUBLE;
const INT32_MAX = 2 ** 31 - 1;

function kindOf(value: unknown): number {
  switch (typeof value) {
    case 'boolean':
      return BOOLEAN;
    case 'string':
      return STRING;
    case 'number':
      if (!Number.isInteger(value)) return DOUBLE;
      if (Math.abs(value) <= INT32_MAX) return INT;
      return Number.isSafeInteger(value) ? LONG : DOUBLE;
    default:
      return COMPLEX;
  }
}

function columnOf(name: string, kinds: number): AttributeColumn {
  if (kinds === BOOLEAN) return { name, type: 'boolean', json: false };
  if (kinds === STRING) return { name, type: 'string', json: false };
  if (kinds === INT) return { name, type: 'int', json: false };
  if ((kinds & ~NUMBERS) === 0) return { name, type: kinds & DOUBLE ? 'double' : 'long', json: false };
  return { name, type: 'string', json: true };
}

/** Collects, per attribute name, the bit set of kinds of value seen. Undefined means absent. */
class KindTally {
  readonly kinds = new Map<string, number>();
  add(attributes: Record<string, unknown>): void {
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined) continue;
      this.kinds.set(name, (this.kinds.get(name) ?? 0) | kindOf(value));
    }
  }
  columns(): AttributeColumn[] {
    return [...this.kinds].map(([name, kinds]) => columnOf(name, kinds));
  }
}

/**
 * Infers one column per graph, node and edge attribute over all of its values:
 * all booleans → boolean, all 32-bit integers → int, integers up to 2^53 → long, any other numbers
 * → double, all strings → string; anything else (arrays, objects, null, mixed kinds) → a JSON
 * string column.
 * @example inferAttributeColumns(graph).node.find((c) => c.name === 'aliases') // { type: 'string', json: true }
 */
export function inferAttributeColumns(graph: ParleyGraph): AttributeColumns {
  const graphTally = new KindTally();
  graphTally.add(graph.getAttributes());
  const nodeTally = new KindTally();
  graph.forEachNode((_, attributes) => nodeTally.add(attributes));
  const edgeTally = new KindTally();
  graph.forEachEdge((_, attributes) => edgeTally.add(attributes));
  return { graph: graphTally.columns(), node: nodeTally.columns(), edge: edgeTally.columns() };
}

/** Writes a double the way XML Schema spells it (INF, -INF, NaN for the non-finite ones). */
function formatNumber(value: number): string {
  if (Number.isFinite(value)) return String(value);
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'INF' : '-INF';
}

/**
 * A value as the text of its column: JSON in a JSON column, otherwise the plain value.
 * @example formatColumnValue({ name: 'span', type: 'string', json: true }, [3, 9]) // '[3,9]'
 */
export function formatColumnValue(column: AttributeColumn, value: unknown): string {
  if (column.json) return JSON.stringify(value) ?? 'null';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}
