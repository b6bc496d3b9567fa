// Writes an export to disk atomically: each file goes to a temporary file beside it and is renamed
// into place, so a reader never sees half a file and a failure leaves the previous one intact.
import { join } from 'node:path';
import type { ParleyGraph } from '../graph/types.js';
import { writeChunksAtomic } from '../io/write.js';
import { type ExportFormat, exportFormat } from './formats.js';

/**
 * Where each table of a several-table export goes: `--out graph.csv` (a path ending in the
 * format's extension) writes `graph.nodes.csv` and `graph.edges.csv` beside it; any other path is a
 * folder that gets `nodes.csv` and `edges.csv`. A one-table export goes to `out` itself.
 * @example tablePaths('csv', 'out/graph.csv') // { nodes: 'out/graph.nodes.csv', edges: 'out/graph.edges.csv' }
 */
export function tablePaths(format: ExportFormat, out: string): Record<string, string> {
  const { tables, extension } = exportFormat(format);
  if (tables.length === 1) return { [tables[0]!]: out };
  const suffix = `.${extension}`;
  const base = out.toLowerCase().endsWith(suffix) ? out.slice(0, -suffix.length) : undefined;
  return Object.fromEntries(
    tables.map((t) => [t, base === undefined ? join(out, `${t}${suffix}`) : `${base}.${t}${suffix}`]),
  );
}

/**
 * Where a CSV export goes ({@link tablePaths} for CSV).
 * @example csvPaths('out/graph.csv') // { nodes: 'out/graph.nodes.csv', edges: 'out/graph.edges.csv' }
 */
export function csvPaths(out: string): { nodes: string; edges: string } {
  const paths = tablePaths('csv', out);
  return { nodes: paths.nodes!, edges: paths.edges! };
}

/**
 * Writes a graph in one format to `out`, atomically and streamed, and resolves to the files written
 * (for a several-table format, `out` is read as {@link tablePaths} says).
 * @example await writeExport(graph, 'graphml', 'graphs/x/graph.graphml') // ['graphs/x/graph.graphml']
 */
export async function writeExport(graph: ParleyGraph, format: ExportFormat, out: string): Promise<string[]> {
  const spec = exportFormat(format);
  const written: string[] = [];
  for (const [table, path] of Object.entries(tablePaths(format, out))) {
    await writeChunksAtomic(path, spec.write(graph, table));
    written.push(path);
  }
  return written;
}
