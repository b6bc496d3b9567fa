import { drawOnCanvas } from '@sigma/export-image';
import type { ParleySigma } from '../render/index.js';
import { BACKGROUND, LABEL_COLOR } from '../style/index.js';
import type { LegendEntry } from './legend.js';

/** What a picture says beside the graph: a title, a line under it and the legend of what is drawn. */
export interface PictureCaption {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
}

/** Screen pixels of the title band above the graph. */
const HEADER = 56;
/** Screen pixels of one legend row. */
const ROW = 18;
/** Where a legend dot's centre is, from the card's left edge. */
const LEGEND_DOT_X = 17;
/** Margin around the legend column. */
const GAP = 12;
const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
const MUTED = '#64748b';

/** Pixels per screen pixel of an exported PNG: at least 2, more on a denser screen. */
export const PNG_SCALE = 2;

/**
 * Runs `draw` while the page reports a device pixel ratio of `ratio`: sigma and its image export
 * read the ratio only from `window.devicePixelRatio`, so this is how a picture gets 2x pixels
 * whatever the screen. The page's own ratio is put back afterwards.
 */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** The legend box's size in screen pixels. */
function legendBox(ctx: CanvasRenderingContext2D, legend: LegendEntry[]): { width: number; height: number } {
  ctx.font = `12px ${FONT}`;
  const widest = Math.max(0, ...legend.map((e) => ctx.measureText(`${e.name}  ${e.count}`).width));
  return { width: widest + 40, height: legend.length * ROW + 12 };
}

/** Draws the legend card at `left`, `top` (the column right of the graph, so it covers no node). */
function drawLegend(ctx: CanvasRenderingContext2D, legend: LegendEntry[], left: number, top: number): void {
  if (!legend.length) return;
  const { width, height } = legendBox(ctx, legend);
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#e2e8f0';
  ctx.fillRect(left, top, width, height);
  ctx.strokeRect(left, top, width, height);
  legend.forEach((entry, i) => {
    const y = top + 6 + i * ROW + ROW / 2;
    ctx.fillStyle = entry.color;
    if (entry.line) ctx.fillRect(left + 10, y - 1.5, 14, 3);
    else {
      ctx.beginPath();
      ctx.arc(left + LEGEND_DOT_X, y, 5, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = LABEL_COLOR;
    ctx.textBaseline = 'middle';
    ctx.fillText(entry.name, left + 30, y);
    const nameWidth = ctx.measureText(`${entry.name}  `).width;
    ctx.fillStyle = MUTED;
    ctx.fillText(String(entry.count), left + 30 + nameWidth, y);
  });
}

/** Draws the title band. */
function drawHeader(ctx: CanvasRenderingContext2D, caption: PictureCaption): void {
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = LABEL_COLOR;
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(caption.title, 16, 26);
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${FONT}`;
  ctx.fillText(caption.subtitle, 16, 45);
}

/**
 * The view as a PNG at {@link PNG_SCALE}x (or the screen's ratio when higher): the graph as drawn
 * (same camera, filters and highlights, through sigma's image export), a title band above it and
 * the legend of what is drawn in a column on its right.
 * @example const blob = await pictureAsPng(view.sigma, caption);
 */
export async function pictureAsPng(sigma: ParleySigma, caption: PictureCaption): Promise<Blob> {
  const scale = Math.max(PNG_SCALE, window.devicePixelRatio || 1);
  const graph = await atPixelRatio(scale, () =>
    drawOnCanvas(sigma as never, { backgroundColor: BACKGROUND }),
  );
  const { width, height } = sigma.getDimensions();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas context for the picture');
  const column = caption.legend.length ? legendBox(ctx, caption.legend).width + 2 * GAP : 0;
  canvas.width = Math.round((width + column) * scale);
  canvas.height = Math.round((height + HEADER) * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width + column, height + HEADER);
  ctx.drawImage(graph, 0, HEADER, width, height);
  drawHeader(ctx, caption);
  drawLegend(ctx, caption.legend, width + GAP, HEADER + GAP);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  );
}

/** Escapes text for an SVG (XML) text node or attribute, dropping the control characters XML 1.0 forbids. */
const xml = (text: string) =>
  [...text]
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The SVG elements of what sigma draws now: edges, then nodes, then the labels it shows. */
function graphElements(sigma: ParleySigma, top: number): string[] {
  const graph = sigma.getGraph();
  const at = (x: number, y: number) => {
    const p = sigma.framedGraphToViewport({ x, y });
    return { x: Number(p.x.toFixed(2)), y: Number((p.y + top).toFixed(2)) };
  };
  const out: string[] = ['<g data-layer="edges">'];
  graph.forEachEdge((edge, _attr, source, target) => {
    const e = sigma.getEdgeDisplayData(edge);
    const [s, t] = [sigma.getNodeDisplayData(source), sigma.getNodeDisplayData(target)];
    if (!e || !s || !t || e.hidden || s.hidden || t.hidden) return;
    const [a, b] = [at(s.x, s.y), at(t.x, t.y)];
    const width = Number(sigma.scaleSize(e.size).toFixed(2));
    out.push(
      `<line data-edge="${xml(edge)}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${xml(e.color)}" stroke-width="${width}"/>`,
    );
  });
  out.push('</g>', '<g data-layer="nodes">');
  const labels: string[] = [];
  const labelled = sigma.getNodeDisplayedLabels();
  graph.forEachNode((node) => {
    const n = sigma.getNodeDisplayData(node);
    if (!n || n.hidden) return;
    const p = at(n.x, n.y);
    const r = Number(sigma.scaleSize(n.size).toFixed(2));
    out.push(`<circle data-node="${xml(node)}" cx="${p.x}" cy="${p.y}" r="${r}" fill="${xml(n.color)}"/>`);
    if (n.label && (labelled.has(node) || n.forceLabel))
      labels.push(`<text x="${p.x + r + 3}" y="${p.y + 4}">${xml(n.label)}</text>`);
  });
  out.push(
    '</g>',
    `<g data-layer="labels" font-size="12" font-weight="600" fill="${LABEL_COLOR}">`,
    ...labels,
    '</g>',
  );
  return out;
}

/** The legend card's width in an SVG (no text measuring there: about 7 px a character at 12 px). */
const svgLegendWidth = (legend: LegendEntry[]) =>
  40 + Math.max(0, ...legend.map((e) => `${e.name}  ${e.count}`.length)) * 7;

/** The SVG elements of the legend card at `left`, `top`. */
function legendElements(legend: LegendEntry[], left: number, top: number): string[] {
  if (!legend.length) return [];
  const out = [
    '<g data-layer="legend" font-size="12">',
    `<rect x="${left}" y="${top}" width="${svgLegendWidth(legend)}" height="${legend.length * ROW + 12}" fill="#ffffff" stroke="#e2e8f0"/>`,
  ];
  legend.forEach((entry, i) => {
    const y = top + 6 + i * ROW + ROW / 2;
    out.push(
      entry.line
        ? `<rect x="${left + 10}" y="${y - 1.5}" width="14" height="3" fill="${xml(entry.color)}"/>`
        : `<circle cx="${left + LEGEND_DOT_X}" cy="${y}" r="5" fill="${xml(entry.color)}"/>`,
      `<text x="${left + 30}" y="${y + 4}" fill="${LABEL_COLOR}">${xml(entry.name)} <tspan fill="${MUTED}">${entry.count}</tspan></text>`,
    );
  });
  out.push('</g>');
  return out;
}

/**
 * The view as an SVG, drawn from what sigma shows now (positions on screen, colours, sizes, the
 * labels it displays; hidden nodes and edges left out), with the title band and the legend.
 * Edges are straight lines without arrow heads.
 * @example const svg = pictureAsSvg(view.sigma, caption);
 */
export function pictureAsSvg(sigma: ParleySigma, caption: PictureCaption): string {
  const { width, height } = sigma.getDimensions();
  const total = height + HEADER;
  const full = width + (caption.legend.length ? svgLegendWidth(caption.legend) + 2 * GAP : 0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${full}" height="${total}" viewBox="0 0 ${full} ${total}" font-family="${xml(FONT)}">`,
    `<rect width="${full}" height="${total}" fill="${BACKGROUND}"/>`,
    `<text x="16" y="26" font-size="18" font-weight="600" fill="${LABEL_COLOR}">${xml(caption.title)}</text>`,
    `<text x="16" y="45" font-size="12" fill="${MUTED}">${xml(caption.subtitle)}</text>`,
    `<svg x="0" y="${HEADER}" width="${width}" height="${height}" overflow="hidden">`,
    ...graphElements(sigma, 0),
    '</svg>',
    ...legendElements(caption.legend, width + GAP, HEADER + GAP),
    '</svg>',
    '',
  ].join('\n');
}
