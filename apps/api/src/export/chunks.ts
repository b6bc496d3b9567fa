import { type ParleyGraph, toContractJson, toCsv, toGexf, toGraphml } from '@parley/core';

/** The formats the export endpoint serves. */
export type ApiExportFormat = 'graphml' | 'gexf' | 'json' | 'csv';

/** One export request: the format and, for CSV, the table. */
export interface ExportJob {
  format: ApiExportFormat;
  table: 'nodes' | 'edges';
}

/** The export's text, as chunks (the core's writers; GraphML and CSV are generated piece by piece). */
export function exportChunks(graph: ParleyGraph, { format, table }: ExportJob): Iterable<string> {
  switch (format) {
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return [toGexf(graph)];
    case 'json':
      return [toContractJson(graph)];
    case 'csv':
      return toCsv(graph)[table];
  }
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
