import { downloadAsPNG } from '@sigma/export-image';
import { type ExportFormat, exportUrl } from '../api/index.js';
import type { ParleySigma } from '../render/index.js';
import { BACKGROUND } from '../style/index.js';

/**
 * Points the GraphML/GEXF links at the API's download endpoint of the graph on screen.
 * They are plain links with `download`, so the browser streams big files straight to disk.
 */
export function setExportLinks(links: Record<ExportFormat, HTMLAnchorElement>, graph: string): void {
  for (const [format, link] of Object.entries(links) as [ExportFormat, HTMLAnchorElement][]) {
    link.href = exportUrl(graph, format);
    link.download = `${graph}.${format}`;
  }
}

/**
 * Downloads the current view (same camera, filters and highlights) as a PNG.
 * @example await exportPng(view.sigma, 'ukraine-peace-talks')
 */
export function exportPng(sigma: ParleySigma, graph: string): Promise<void> {
  return downloadAsPNG(sigma as never, { fileName: graph, backgroundColor: BACKGROUND });
}
