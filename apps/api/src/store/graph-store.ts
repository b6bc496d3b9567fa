import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ArticleNode,
  articleKey,
  graphFromJson,
  type ParleyGraph,
  removeStaleTemporaryFiles,
  writeFileAtomic,
} from '@parley/core';
import type { Logger } from 'pino';
import { HttpError } from '../http/problem.js';
import type { GraphSummary } from '../schemas/views.js';
import { ChangeFeed } from './changes.js';
import { GraphIndex } from './graph-index.js';
import { SentenceSource, type SentenceSplitter } from './sentences.js';

/** Graph names: lowercase letters, digits and single dashes (they are folder names). */
export const GRAPH_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One loaded version of a graph with its query indexes. Never mutated once built. */
export class LoadedGraph {
  readonly index: GraphIndex;
  /** The articles' source sentences, read on first use. */
  readonly sentences: SentenceSource;

  constructor(
    readonly name: string,
    readonly graph: ParleyGraph,
    articlesDir: string,
    split?: SentenceSplitter,
    previous?: LoadedGraph,
  ) {
    const sha = (id: string) => {
      const key = articleKey(id);
      return graph.hasNode(key) ? (graph.getNodeAttributes(key) as ArticleNode).sha256 : undefined;
    };
    this.sentences = new SentenceSource(articlesDir, sha, split, previous?.sentences);
    this.index = new GraphIndex(graph, this.sentences);
  }

  /** Name, counts per node kind and build time. */
  summary(): GraphSummary {
    return {
      name: this.name,
      builtAt: this.graph.getAttribute('builtAt') ?? null,
      counts: this.index.counts,
    };
  }
}

/** A graph file's version: its modification time and size, as the reload check compares them. */
const versionOf = (entry: Entry) => `${Math.round(entry.mtimeMs)}-${entry.size}`;

/** A 500 saying why a graph file does not load (bad JSON, not the graph contract). */
const unloadable = (name: string, err: Error | undefined) =>
  new HttpError(500, 'invalid-graph', `graph "${name}" cannot be loaded: ${err?.message ?? 'unknown error'}`);

interface Entry {
  /** The version being served. */
  current?: LoadedGraph;
  /** A (re)load in progress; requests keep getting `current` meanwhile, if there is one. */
  loading?: Promise<LoadedGraph>;
  /** Why the last load failed, served until the file changes. */
  failure?: Error;
  mtimeMs: number;
  size: number;
  checkedAt: number;
}

export interface GraphStoreOptions {
  /** How often, at most, a graph file is checked for changes (ms). Default 1000; 0 checks on every request. */
  reloadCheckMs?: number;
  logger?: Logger;
  /** Splits article texts into sentences (the server's runs off the event loop); default in-process. */
  splitSentences?: SentenceSplitter;
}

/**
 * The graphs of a folder (`<dir>/<name>/graph.json`), loaded on first use, validated against the
 * graph contract, indexed, and reloaded when their file changes (checked by mtime and size).
 * Writes to one graph are serialised.
 */
export class GraphStore {
  /** Tells event streams when a graph's served version changes. */
  readonly changes = new ChangeFeed();
  private readonly entries = new Map<string, Entry>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly reloadCheckMs: number;

  constructor(
    readonly dir: string,
    private readonly options: GraphStoreOptions = {},
  ) {
    this.reloadCheckMs = options.reloadCheckMs ?? 1000;
  }

  /** The graph folder of a graph: its store of articles and its graph file. */
  folder(name: string): string {
    return join(this.dir, name);
  }

  file(name: string): string {
    return join(this.dir, name, 'graph.json');
  }

  articlesDir(name: string): string {
    return join(this.dir, name, 'articles');
  }

  /**
   * Names of the graphs in the folder (those with a `graph.json`), sorted. A symbolic link to a
   * graph folder is a graph like any other: listed, as it is served and written through.
   */
  async names(): Promise<string[]> {
    const dirs = await readdir(this.dir, { withFileTypes: true }).catch(() => []);
    const names: string[] = [];
    for (const d of dirs) {
      if (!GRAPH_NAME.test(d.name)) continue;
      const folder =
        d.isDirectory() ||
        (d.isSymbolicLink() && (await stat(this.folder(d.name)).catch(() => undefined))?.isDirectory());
      if (!folder) continue;
      if (await stat(this.file(d.name)).catch(() => undefined)) names.push(d.name);
    }
    return names.sort();
  }

  /** The graph, reloaded if its file changed; undefined when there is no such graph. */
  async get(name: string): Promise<LoadedGraph | undefined> {
    if (!GRAPH_NAME.test(name)) return undefined;
    const now = Date.now();
    let entry = this.entries.get(name);
    if (!entry || now - entry.checkedAt >= this.reloadCheckMs) {
      const info = await stat(this.file(name)).catch(() => undefined);
      if (!info) {
        this.entries.delete(name);
        return undefined;
      }
      entry = this.entries.get(name);
      if (!entry || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
        entry = this.startLoad(name, entry, info.mtimeMs, info.size);
      }
      entry.checkedAt = now;
    }
    if (entry.current) return entry.current;
    if (entry.loading) return entry.loading.catch((err: Error) => Promise.reject(unloadable(name, err)));
    throw unloadable(name, entry.failure);
  }

  /**
   * The graph, or a 404 problem naming it.
   * @throws HttpError 404 when there is no graph of that name
   */
  async require(name: string): Promise<LoadedGraph> {
    const loaded = await this.get(name);
    if (!loaded) throw new HttpError(404, 'unknown-graph', `there is no graph named "${name}"`);
    return loaded;
  }

  /** The version of a graph being served (its file's modification time and size), if loaded. */
  version(name: string): string | undefined {
    const entry = this.entries.get(name);
    return entry?.current ? versionOf(entry) : undefined;
  }

  /** Summaries of every graph that loads. */
  async list(): Promise<GraphSummary[]> {
    const out: GraphSummary[] = [];
    for (const name of await this.names()) {
      try {
        const loaded = await this.get(name);
        if (loaded) out.push(loaded.summary());
      } catch (err) {
        this.options.logger?.warn({ err, graph: name }, 'graph skipped: it does not load');
      }
    }
    return out;
  }

  /**
   * Runs `change` on a copy of the graph (undefined when it does not exist yet) after any earlier
   * write to the same graph finished, writes the result atomically and serves it from then on.
   */
  async write<T>(
    name: string,
    change: (
      current: ParleyGraph | undefined,
    ) => Promise<{ graph: ParleyGraph; result: T }> | { graph: ParleyGraph; result: T },
  ): Promise<T> {
    const previous = this.queues.get(name) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        const current = await this.get(name);
        const { graph, result } = await change(current?.graph.copy());
        const json = JSON.stringify(graph.export());
        await writeFileAtomic(this.file(name), json);
        const info = await stat(this.file(name));
        const loaded = new LoadedGraph(
          name,
          graph,
          this.articlesDir(name),
          this.options.splitSentences,
          this.entries.get(name)?.current,
        );
        const entry = { current: loaded, mtimeMs: info.mtimeMs, size: info.size, checkedAt: Date.now() };
        this.entries.set(name, entry);
        this.announce(name, entry);
        return result;
      });
    this.queues.set(name, run);
    try {
      return await run;
    } finally {
      if (this.queues.get(name) === run) this.queues.delete(name);
    }
  }

  private announce(name: string, entry: Entry): void {
    if (entry.current)
      this.changes.announce({ graph: name, version: versionOf(entry), counts: entry.current.index.counts });
  }

  private startLoad(name: string, previous: Entry | undefined, mtimeMs: number, size: number): Entry {
    const entry: Entry = { current: previous?.current, mtimeMs, size, checkedAt: 0 };
    const loading = this.load(name, previous?.current);
    entry.loading = loading;
    loading.then(
      (loaded) => {
        entry.current = loaded;
        entry.failure = undefined;
        entry.loading = undefined;
        // only the latest load of a graph is news (a write may have replaced this entry meanwhile)
        if (this.entries.get(name) === entry) this.announce(name, entry);
      },
      (err: Error) => {
        this.options.logger?.error({ err, graph: name }, 'graph does not load');
        entry.current = undefined;
        entry.failure = err;
        entry.loading = undefined;
      },
    );
    this.entries.set(name, entry);
    return entry;
  }

  private async load(name: string, previous: LoadedGraph | undefined): Promise<LoadedGraph> {
    const started = performance.now();
    // Temporary files of a writer that crashed (a killed server) are never finished: drop them.
    const removed = await removeStaleTemporaryFiles(this.folder(name)).catch(() => []);
    if (removed.length) this.options.logger?.info({ graph: name, removed }, 'stale temporary files removed');
    const graph = graphFromJson(JSON.parse(await readFile(this.file(name), 'utf8')));
    const loaded = new LoadedGraph(
      name,
      graph,
      this.articlesDir(name),
      this.options.splitSentences,
      previous,
    );
    this.options.logger?.info(
      { graph: name, nodes: graph.order, edges: graph.size, ms: Math.round(performance.now() - started) },
      'graph loaded',
    );
    return loaded;
  }
}
