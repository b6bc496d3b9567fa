// GEXF 1.2 through graphology-gexf, with Gephi's viz colours, sizes and positions.
import { write as writeGexf } from 'graphology-gexf';
import type { EdgeAttributes, NodeAttributes } from '../contract/types.js';
import type { ParleyGraph } from '../graph/types.js';
import { type AttributeColumn, inferAttributeColumns } from './columns.js';
import { edgeColor, nodeColor, nodeSize } from './style.js';
import { sanitizeXmlDocument } from './xml.js';

// graphology-gexf declares the viz namespace with a typo (three slashes), which hides positions
// and colours from readers that check namespaces (networkx); this is the one Gephi writes.
const BROKEN_VIZ_NS = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NS = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

type Viz = Record<string, unknown>;

interface GexfElement {
  label?: string;
  viz: Viz;
  attributes: Record<string, unknown>;
}

const VIZ_NAMES = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness']);

/**
 * Splits an element's attributes into GEXF's label, viz (computed style, overridden by the
 * element's own x, y, size, color...) and attvalues, with JSON columns as JSON strings.
 */
function formatter<A extends Record<string, unknown>>(
  columns: AttributeColumn[],
  style: (attributes: A) => Viz,
) {
  const json = new Set(columns.filter((c) => c.json).map((c) => c.name));
  return (_key: string, attributes: A): GexfElement => {
    // No prototype: an attribute named "__proto__" or "constructor" is data like any other.
    const out: GexfElement = { viz: style(attributes), attributes: Object.create(null) };
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined) continue;
      if (name === 'label' && typeof value === 'string') out.label = value;
      else if (VIZ_NAMES.has(name) && !json.has(name)) out.viz[name] = value;
      else out.attributes[name] = json.has(name) ? JSON.stringify(value) : value;
    }
    return out;
  };
}

/**
 * Writes a graph as GEXF 1.2 (for Gephi): nodes carry `viz:color` (the viewer's palette), `viz:size`
 * and, when the graph has a layout, `viz:position`; edges carry `viz:color` by type. Arrays,
 * objects, null and mixed columns are written as JSON strings; characters XML 1.0 forbids are
 * dropped. graphology-gexf leaves out empty strings, as GEXF readers treat them as missing.
 * @example await writeFile('graph.gexf', toGexf(graph));
 */
export function toGexf(graph: ParleyGraph): string {
  const columns = inferAttributeColumns(graph);
  const xml = writeGexf(graph, {
    formatNode: formatter<NodeAttributes>(columns.node, (a) => ({ color: nodeColor(a), size: nodeSize(a) })),
    formatEdge: formatter<EdgeAttributes>(columns.edge, (a) => ({ color: edgeColor(a) })),
  });
  return sanitizeXmlDocument(xml.replace(BROKEN_VIZ_NS, VIZ_NS));
}
