import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ParleyGraph } from './types.js';

/** Deterministic pseudo-random numbers (mulberry32), so the same graph always gets the same layout. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Places every node at a seeded random position on a disc sized to the graph. */
export function seedPositions(graph: ParleyGraph, seed = 42): void {
  const random = seededRandom(seed);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    const angle = random() * 2 * Math.PI;
    const r = Math.sqrt(random()) * radius;
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/**
 * Computes a settled ForceAtlas2 layout (then removes overlaps), writing `x` and `y` on every node.
 * Deterministic for the same graph.
 */
export function applyLayout(graph: ParleyGraph, iterations = graph.order > 5000 ? 50 : 300): void {
  if (graph.order === 0) return;
  seedPositions(graph);
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 1000 } });
  if (graph.order <= 5000) noverlap.assign(graph, { maxIterations: 100, settings: { ratio: 1.2 } });
}
