/** A new version of a graph being served: a write through this server, or its file changed on disk. */
export interface GraphChange {
  graph: string;
  /** Identifies the graph file's content being served (its modification time and size). */
  version: string;
  counts: Record<string, number>;
}

type Listener = (change: GraphChange) => void;

/**
 * Who is told when a graph changes: the event streams of `GET /api/graphs/{graph}/events`. Closing
 * the feed (at shutdown) ends every stream, so a graceful stop is not held open by them.
 */
export class ChangeFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closers = new Set<() => void>();

  /**
   * Calls `listener` on every change of one graph until the returned function is called.
   * @param onClose called when the feed closes (the server stops)
   */
  subscribe(graph: string, listener: Listener, onClose: () => void): () => void {
    const set = this.listeners.get(graph) ?? new Set();
    set.add(listener);
    this.listeners.set(graph, set);
    this.closers.add(onClose);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(graph);
      this.closers.delete(onClose);
    };
  }

  /** Tells every listener of the graph about its new version. */
  announce(change: GraphChange): void {
    for (const listener of this.listeners.get(change.graph) ?? []) listener(change);
  }

  /** How many streams listen to a graph. */
  listening(graph: string): number {
    return this.listeners.get(graph)?.size ?? 0;
  }

  /** Ends every stream (each one's `onClose`). */
  closeAll(): void {
    for (const close of [...this.closers]) close();
  }
}
