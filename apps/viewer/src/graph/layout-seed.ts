/** Deterministic pseudo-random numbers (mulberry32): the same graph always opens the same way. */
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

/**
 * Gives every position-less node a seeded position on a disc sized to the graph (the same
 * scheme `parley build` starts from), so a graph without a stored layout still opens deterministically.
 * @returns how many nodes were placed
 */
export function seedMissingPositions(
  nodes: { attributes: { x?: number | undefined; y?: number | undefined } }[],
  seed = 42,
): number {
  const random = seededRandom(seed);
  const radius = Math.sqrt(nodes.length) * 10;
  let placed = 0;
  for (const node of nodes) {
    const a = node.attributes;
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) continue;
    const angle = random() * 2 * Math.PI;
    const r = Math.sqrt(random()) * radius;
    a.x = r * Math.cos(angle);
    a.y = r * Math.sin(angle);
    placed++;
  }
  return placed;
}
