// THE export format registry: the CLI (its --format choices and help), the API (its format enum,
// content types, download names and route) and the viewer (its download links) all read this list.
// Adding a format is one entry here and one writer file. Browser-safe: no Node imports.
import type { ParleyGraph } from '../graph/types.js';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toContractJson } from './json.js';

/** One RFC 4180 field (the viewer's table download quotes with it too). */
export { csvField } from './csv.js';

/** One export format and how to write it. */
export interface ExportFormatSpec<Table extends string = string> {
  /** The `--format` / `?format=` value. */
  id: string;
  /** Name shown to people ("GraphML"). */
  label: string;
  /** Media type of each file, without parameters. */
  mediaType: string;
  /** File extension, without the dot. */
  extension: string;
  /** The files one export consists of: one table ("graph") or several ("nodes", "edges"). */
  tables: readonly Table[];
  /** Whether the viewer offers a download link for it. */
  viewerLink: boolean;
  /** The text of one table, as chunks, so a big graph can be streamed. */
  write(graph: ParleyGraph, table: Table): Iterable<string>;
}

const spec = <const T extends string>(s: ExportFormatSpec<T>) => s;

/** Every format Parley exports, in the order they are offered. */
export const EXPORT_FORMAT_SPECS = [
  spec({
    id: 'graphml',
    label: 'GraphML',
    mediaType: 'application/graphml+xml',
    extension: 'graphml',
    tables: ['graph'],
    viewerLink: true,
    write: (graph) => toGraphml(graph),
  }),
  spec({
    id: 'gexf',
    label: 'GEXF',
    mediaType: 'application/gexf+xml',
    extension: 'gexf',
    tables: ['graph'],
    viewerLink: true,
    write: (graph) => [toGexf(graph)],
  }),
  spec({
    id: 'json',
    label: 'contract JSON',
    mediaType: 'application/json',
    extension: 'json',
    tables: ['graph'],
    viewerLink: false,
    write: (graph) => [toContractJson(graph)],
  }),
  spec({
    id: 'csv',
    label: 'CSV',
    mediaType: 'text/csv',
    extension: 'csv',
    tables: ['nodes', 'edges'],
    viewerLink: true,
    write: (graph, table) => toCsv(graph)[table],
  }),
] as const;

/** The id of every export format, for enums ("graphml", "gexf", "json", "csv"). */
export const EXPORT_FORMATS = EXPORT_FORMAT_SPECS.map((f) => f.id) as [
  (typeof EXPORT_FORMAT_SPECS)[number]['id'],
  ...(typeof EXPORT_FORMAT_SPECS)[number]['id'][],
];

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMAT_SPECS)[number]['id'];

/** Every table name some format writes ("graph", "nodes", "edges"). */
export type ExportTable = (typeof EXPORT_FORMAT_SPECS)[number]['tables'][number];

/**
 * The registry entry of a format.
 * @example exportFormat('gexf').mediaType // 'application/gexf+xml'
 */
export function exportFormat(id: ExportFormat): ExportFormatSpec {
  return EXPORT_FORMAT_SPECS.find((f) => f.id === id)! as ExportFormatSpec;
}

/**
 * The formats as people read them in help text: "graphml, gexf, json or csv".
 * @example formatChoices() // 'graphml, gexf, json or csv'
 */
export function formatChoices(): string {
  const ids = [...EXPORT_FORMATS];
  return `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
}
