/** A new version of a graph, as the API's `GET /api/graphs/{graph}/events` stream announces it. */
export interface GraphChange {
  graph: string;
  version: string;
  counts: Record<string, number>;
}

/** What changed between two versions, in words ("2 new articles"); '' when no count moved. */
export function describeChange(before: Record<string, number>, after: Record<string, number>): string {
  const parts: string[] = [];
  for (const kind of ['article', 'statement', 'actor', 'proposal']) {
    const d = (after[kind] ?? 0) - (before[kind] ?? 0);
    if (d === 0) continue;
    const noun = Math.abs(d) === 1 ? kind : `${kind}s`;
    parts.push(d > 0 ? `${d} new ${noun}` : `${-d} ${noun} fewer`);
  }
  return parts.join(', ');
}

/**
 * Listens to a graph's server-sent `version` events and calls `onChange` with each version that
 * differs from the last one seen (the first event only says what is on screen). The browser
 * reconnects by itself after a server restart; a version changed meanwhile is reported then.
 * @returns a function that stops listening
 * @example const stop = watchGraph('ukraine-peace-talks', (change, before) => refresh(change));
 */
export function watchGraph(
  graph: string,
  onChange: (change: GraphChange, before: GraphChange) => void,
): () => void {
  const source = new EventSource(`/api/graphs/${encodeURIComponent(graph)}/events`);
  let last: GraphChange | null = null;
  source.addEventListener('version', (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as GraphChange;
    if (last && change.version !== last.version) onChange(change, last);
    last = change;
  });
  return () => source.close();
}
