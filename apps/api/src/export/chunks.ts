import { type ExportFormat, exportFormat, type ParleyGraph } from '@parley/core';

/** The formats the export endpoint serves: every format of the core registry. */
export type ApiExportFormat = ExportFormat;

/** One export request: the format and which of its tables (for CSV, "nodes" or "edges"). */
export interface ExportJob {
  format: ApiExportFormat;
  table: string;
}

/** The export's text, as chunks (the registry's writer; GraphML and CSV are generated piece by piece). */
export function exportChunks(graph: ParleyGraph, { format, table }: ExportJob): Iterable<string> {
  return exportFormat(format).write(graph, table);
}

/**
 * Regroups chunks into pieces of about `size` UTF-16 units (a whole document is cut, small
 * pieces are joined), so each message to the server carries a useful amount.
 */
export function* rechunk(chunks: Iterable<string>, size = 256 * 1024): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += size) {
      const part = chunk.length <= size ? chunk : chunk.slice(at, at + size);
      pending.push(part);
      length += part.length;
      if (length >= size) {
        yield pending.join('');
        pending = [];
        length = 0;
      }
    }
  }
  if (length) yield pending.join('');
}
