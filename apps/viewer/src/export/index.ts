import { EXPORT_FORMAT_SPECS, type ExportFormat } from '@parley/core/formats';
import { downloadAsPNG } from '@sigma/export-image';
import { exportUrl } from '../api/index.js';
import type { ParleySigma } from '../render/index.js';
import { BACKGROUND } from '../style/index.js';
import { h } from '../ui/dom.js';

/** Download links of the graph on screen, one per format the core registry offers to the viewer. */
export type ExportLinks = Map<ExportFormat, HTMLAnchorElement>;

/**
 * Makes one download link per viewer format of the registry (GraphML, GEXF), placed before `before`
 * (the PNG button); they point nowhere until {@link setExportLinks}.
 */
export function mountExportLinks(before: Element): ExportLinks {
  const links: ExportLinks = new Map();
  for (const f of EXPORT_FORMAT_SPECS) {
    if (!f.viewerLink) continue;
    const attrs = { id: `export-${f.id}`, href: '/api/graphs', 'data-testid': `export-${f.id}` };
    const link = h('a', { className: 'button', attrs }, f.label);
    before.before(link);
    links.set(f.id, link);
  }
  return links;
}

/**
 * Points the download links at the API's export endpoint of the graph on screen.
 * They are plain links with `download`, so the browser streams big files straight to disk.
 */
export function setExportLinks(links: ExportLinks, graph: string): void {
  for (const [format, link] of links) {
    const { extension } = EXPORT_FORMAT_SPECS.find((f) => f.id === format)!;
    link.href = exportUrl(graph, format);
    link.download = `${graph}.${extension}`;
  }
}

/**
 * Downloads the current view (same camera, filters and highlights) as a PNG.
 * @example await exportPng(view.sigma, 'ukraine-peace-talks')
 */
export function exportPng(sigma: ParleySigma, graph: string): Promise<void> {
  return downloadAsPNG(sigma as never, { fileName: graph, backgroundColor: BACKGROUND });
}
