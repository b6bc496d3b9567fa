import { EXPORT_FORMAT_SPECS } from '@parley/core/formats';
import { exportUrl } from '../api/index.js';
import type { ParleySigma } from '../render/index.js';
import { h } from '../ui/dom.js';
import { type ExportFile, type ExportGraph, exportFiles } from './files.js';

import { type PictureCaption, pictureAsPng, pictureAsSvg } from './picture.js';

export * from './files.js';
export * from './legend.js';
export type { PictureCaption } from './picture.js';

/** Saves a file through a temporary object URL and a clicked `download` link. */
function save(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  h('a', { attrs: { href: url, download: file.name } }).click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the export buttons need from the page: the graph's name and a copy of what is drawn. */
export interface ExportSource {
  /** The open graph's name, null while none is open. */
  graph(): string | null;
  /** The base of a drawn export's file names (graph, view). */
  baseName(): string;
  /** A copy of what is drawn now, for the writers. */
  drawn(): ExportGraph | null;
}

/**
 * One download button per format the core registry offers the viewer (GraphML, GEXF, CSV), placed
 * before `before` (the PNG button), and a "whole graph" switch first in their menu. By default a button writes
 * what is drawn (view and filters) in the page; with the switch on it downloads the whole loaded
 * graph from the API (streamed to disk, however big).
 */
export function mountExports(before: Element, source: ExportSource): { whole: HTMLInputElement } {
  const whole = h('input', {
    attrs: { type: 'checkbox', 'data-testid': 'export-whole' },
  }) as HTMLInputElement;
  const wholeLabel = h(
    'label',
    { className: 'button export-scope', attrs: { title: 'Export the whole graph, not only what is drawn' } },
    whole,
    'Whole graph',
  );
  before.parentElement?.prepend(wholeLabel);
  for (const f of EXPORT_FORMAT_SPECS) {
    if (!f.viewerLink) continue;
    const click = () => {
      const graph = source.graph();
      if (!graph) return;
      if (whole.checked) {
        for (const table of f.tables) {
          const suffix = f.tables.length > 1 ? `-${table}` : '';
          const query = f.tables.length > 1 ? `&table=${table}` : '';
          const attrs = {
            href: `${exportUrl(graph, f.id)}${query}`,
            download: `${graph}${suffix}.${f.extension}`,
          };
          h('a', { attrs }).click();
        }
        return;
      }
      const drawn = source.drawn();
      if (drawn) for (const file of exportFiles(drawn, f.id, source.baseName())) save(file);
    };
    const attrs = { id: `export-${f.id}`, type: 'button', 'data-testid': `export-${f.id}` };
    before.before(h('button', { className: 'button', attrs, on: { click } }, f.label));
  }
  return { whole };
}

/**
 * Downloads the current view (same camera, filters and highlights) as a picture with its title
 * and legend: a PNG at 2x, or an SVG.
 * @example await exportPicture(view.sigma, caption, 'ukraine-peace-talks-full', 'png')
 */
export async function exportPicture(
  sigma: ParleySigma,
  caption: PictureCaption,
  base: string,
  format: 'png' | 'svg',
): Promise<void> {
  if (format === 'svg') {
    save({ name: `${base}.svg`, mediaType: 'image/svg+xml', text: pictureAsSvg(sigma, caption) });
    return;
  }
  const url = URL.createObjectURL(await pictureAsPng(sigma, caption));
  h('a', { attrs: { href: url, download: `${base}.png` } }).click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
