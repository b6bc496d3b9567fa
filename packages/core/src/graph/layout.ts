import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ParleyGraph } from './types.js';

/**
 * Deterministic pseudo-random numbers (mulberry32), so the same graph always gets the same layout.
 * The one generator of the project: layouts, the viewer, the API and the benchmarks all draw from it.
 * @example const random = seededRandom(42); random() // 0.6011037519201636
 */
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

/** The radius of the disc positions are seeded on: grows with the graph so density stays even. */
export const seedRadius = (nodeCount: number): number => Math.sqrt(nodeCount) * 10;

/**
 * A point drawn uniformly on a disc centred on the origin (draws two numbers: angle, then distance).
 * @example discPoint(seededRandom(1), seedRadius(100)) // { x: …, y: … } within 100 of the origin
 */
export function discPoint(random: () => number, radius: number): { x: number; y: number } {
  const angle = random() * 2 * Math.PI;
  const r = Math.sqrt(random()) * radius;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Places every node at a seeded random position on a disc sized to the graph. */
export function seedPositions(graph: ParleyGraph, seed = 42): void {
  const random = seededRandom(seed);
  const radius = seedRadius(graph.order);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, discPoint(random, radius));
  });
}

/**
 * Gives every position-less node of a serialized graph a seeded position on a disc sized to the
 * graph (the scheme {@link seedPositions} uses), so a graph without a stored layout still opens
 * deterministically. Nodes that have finite x and y keep them.
 * @returns how many nodes were placed
 * @example seedMissingPositions(parseGraph(json).nodes) // 0 when every node has x and y
 */
export function seedMissingPositions(
  nodes: { attributes: { x?: number | undefined; y?: number | undefined } }[],
  seed = 42,
): number {
  const random = seededRandom(seed);
  const radius = seedRadius(nodes.length);
  let placed = 0;
  for (const node of nodes) {
    const a = node.attributes;
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) continue;
    Object.assign(a, discPoint(random, radius));
    placed++;
  }
  return placed;
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
