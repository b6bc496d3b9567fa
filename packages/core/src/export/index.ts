// Export formats: GraphML (streamed, ours), GEXF (graphology-gexf), CSV tables and the contract JSON,
// listed once in the registry (formats.ts).
export type { AttributeColumn, AttributeColumns, ColumnType } from './columns.js';
export { formatColumnValue, inferAttributeColumns } from './columns.js';
export type { CsvColumn } from './csv.js';
export { csvColumns, csvField, toCsv } from './csv.js';
export {
  EXPORT_FORMAT_SPECS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportFormatSpec,
  type ExportTable,
  exportFormat,
  formatChoices,
} from './formats.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toContractJson } from './json.js';
export { csvPaths, tablePaths, writeExport } from './write.js';
export { escapeXmlAttribute, escapeXmlText, stripForbiddenXmlChars } from './xml.js';
