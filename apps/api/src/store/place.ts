import { type ParleyGraph, seededRandom } from '@parley/core';

/**
 * Gives x/y to nodes added to a laid-out graph without moving the others: each goes near the
 * centre of its already placed neighbours (or at random on the graph's disc), with a little
 * deterministic jitter, so the viewer can draw it at once.
 */
export function placeNewNodes(graph: ParleyGraph, added: string[], seed = 7): void {
  const random = seededRandom(seed + graph.order);
  const radius = Math.sqrt(graph.order) * 10;
  const placed = (key: string) => Number.isFinite(graph.getNodeAttribute(key, 'x'));
  // Twice, so nodes whose only neighbours are also new get placed on the second pass.
  for (let pass = 0; pass < 2; pass++) {
    for (const key of added) {
      if (placed(key)) continue;
      const around = graph.neighbors(key).filter(placed);
      if (pass === 0 && around.length === 0) continue;
      let [cx, cy] = [(random() - 0.5) * radius, (random() - 0.5) * radius];
      if (around.length) {
        cx = around.reduce((sum, n) => sum + (graph.getNodeAttribute(n, 'x') ?? 0), 0) / around.length;
        cy = around.reduce((sum, n) => sum + (graph.getNodeAttribute(n, 'y') ?? 0), 0) / around.length;
      }
      graph.mergeNodeAttributes(key, { x: cx + (random() - 0.5) * 10, y: cy + (random() - 0.5) * 10 });
    }
  }
}
