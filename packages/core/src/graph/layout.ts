import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { AbstractGraph } from 'graphology-types';
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
 * Gives x/y to the listed nodes that have none, without moving any other: each goes to the centre of
 * its already placed neighbours with a little deterministic jitter, or at random on the graph's disc
 * when none is placed. Two passes, so a node whose only neighbours are also new is placed on the second.
 * The one placement rule for seeding a layout and for nodes added by an ingest.
 * @returns how many nodes were placed
 * @example placeNearNeighbours(graph, addedKeys, seededRandom(7))
 */
export function placeNearNeighbours(
  graph: ParleyGraph,
  keys: readonly string[],
  random: () => number,
): number {
  const radius = seedRadius(graph.order);
  const placed = (key: string) => Number.isFinite(graph.getNodeAttribute(key, 'x'));
  let count = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const key of keys) {
      if (placed(key)) continue;
      const around = graph.neighbors(key).filter(placed);
      if (pass === 0 && around.length === 0) continue;
      graph.mergeNodeAttributes(
        key,
        around.length ? nearCentre(graph, around, random) : discPoint(random, radius),
      );
      count++;
    }
  }
  return count;
}

/** The centre of some placed nodes, jittered so that nodes sharing neighbours do not coincide. */
function nearCentre(graph: AbstractGraph, around: string[], random: () => number): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const n of around) {
    x += graph.getNodeAttribute(n, 'x') as number;
    y += graph.getNodeAttribute(n, 'y') as number;
  }
  return { x: x / around.length + (random() - 0.5) * 10, y: y / around.length + (random() - 0.5) * 10 };
}

/**
 * Seeds a layout from the graph's structure: articles at random on the disc, then every other node
 * near the articles and nodes it links to, so ForceAtlas2 starts close to its settled state and needs
 * far fewer iterations than from a random disc.
 */
export function seedNearArticles(graph: ParleyGraph, seed = 42): void {
  const random = seededRandom(seed);
  const radius = seedRadius(graph.order);
  const rest: string[] = [];
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, { x: Number.NaN, y: Number.NaN });
    if (a.kind === 'article') graph.mergeNodeAttributes(node, discPoint(random, radius));
    else rest.push(node);
  });
  placeNearNeighbours(graph, rest, random);
}

/**
 * ForceAtlas2 iterations for a graph: about 150,000 node moves in all, between 30 and 300. The
 * stored layout is the viewer's starting point (its worker runs ForceAtlas2 on from there), so a
 * good start is enough: measured by scripts/bench/layout.mjs, 150,000 moves cost 5% in quality
 * against 200,000 and a third of the time.
 */
export const layoutIterations = (order: number): number =>
  Math.max(30, Math.min(300, Math.round(150_000 / Math.max(1, order))));

/** Overlap-removal passes: 100 on small graphs, fewer as each pass grows with the order; none past 5,000 nodes. */
export const noverlapIterations = (order: number): number =>
  order > 5000 ? 0 : Math.max(10, Math.min(100, Math.round(60_000 / Math.max(1, order))));

/**
 * Computes a settled ForceAtlas2 layout (then removes overlaps), writing `x` and `y` on every node,
 * seeded near each node's articles ({@link seedNearArticles}). Deterministic for the same graph.
 */
export function applyLayout(graph: ParleyGraph, iterations = layoutIterations(graph.order)): void {
  if (graph.order === 0) return;
  seedNearArticles(graph);
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 1000 } });
  const passes = noverlapIterations(graph.order);
  if (passes) noverlap.assign(graph, { maxIterations: passes, settings: { ratio: 1.2 } });
}
