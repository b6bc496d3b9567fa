// Writes an export to disk atomically: each file goes to a temporary file beside it and is renamed
// into place, so a reader never sees half a file and a failure leaves the previous one intact.
import { join } from 'node:path';
import type { ParleyGraph } from '../graph/types.js';
import { writeChunksAtomic, writeFileAtomic } from '../io/write.js';
import { toCsv } from './csv.js';
import type { ExportFormat } from './formats.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toContractJson } from './json.js';

/**
 * Where a CSV export goes: `--out graph.csv` (any path ending in `.csv`) writes `graph.nodes.csv`
 * and `graph.edges.csv` beside it; any other path is a folder that gets `nodes.csv` and `edges.csv`.
 * @example csvPaths('out/graph.csv') // { nodes: 'out/graph.nodes.csv', edges: 'out/graph.edges.csv' }
 */
export function csvPaths(out: string): { nodes: string; edges: string } {
  if (out.toLowerCase().endsWith('.csv')) {
    const base = out.slice(0, -'.csv'.length);
    return { nodes: `${base}.nodes.csv`, edges: `${base}.edges.csv` };
  }
  return { nodes: join(out, 'nodes.csv'), edges: join(out, 'edges.csv') };
}

/**
 * Writes a graph in one format to `out`, atomically, and resolves to the files written.
 * GraphML and CSV are streamed to disk; for CSV, `out` is read as {@link csvPaths} says.
 * @example await writeExport(graph, 'graphml', 'graphs/x/graph.graphml') // ['graphs/x/graph.graphml']
 */
export async function writeExport(graph: ParleyGraph, format: ExportFormat, out: string): Promise<string[]> {
  switch (format) {
    case 'graphml':
      await writeChunksAtomic(out, toGraphml(graph));
      return [out];
    case 'gexf':
      await writeFileAtomic(out, toGexf(graph));
      return [out];
    case 'json':
      await writeFileAtomic(out, toContractJson(graph));
      return [out];
    case 'csv': {
      const paths = csvPaths(out);
      const tables = toCsv(graph);
      await writeChunksAtomic(paths.nodes, tables.nodes);
      await writeChunksAtomic(paths.edges, tables.edges);
      return [paths.nodes, paths.edges];
    }
  }
}
