import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArticleNode, writeFileAtomic } from '@parley/core';
import type { CorpusStore } from '@parley/store';
import type { Logger } from 'pino';
import { GRAPH_NAME } from './graph-store.js';

/** How often, by default, the database is asked whether a graph changed (ms). */
export const DEFAULT_MIRROR_CHECK_MS = 1000;

/**
 * The graphs of a corpus store (the database `PARLEY_DATABASE_URL` names) kept as graph folders in
 * a local cache folder (`<dir>/<name>/graph.json` and `articles/<id>.txt`), which the API then
 * serves as it serves any graphs folder. The database is the only state: the cache is rebuilt from
 * it, one graph when its version changes (one query per check for all graphs), so every server
 * reading the same database serves the same data within one check interval. Article texts are
 * written before the graph that names them, so a served graph always has its texts.
 */
export class DatabaseMirror {
  private readonly copied = new Map<string, string>();
  /** The sha256 of each article text written, by graph, so an unchanged text is not fetched again. */
  private readonly texts = new Map<string, Map<string, string>>();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly store: CorpusStore,
    readonly dir: string,
    private readonly logger?: Logger,
  ) {}

  /**
   * Brings the cache up to date with the database: graphs added or changed are copied, graphs
   * dropped are removed. Concurrent calls share one pass.
   */
  sync(): Promise<void> {
    this.syncing ??= this.pass().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  /** Syncs now, then every `intervalMs` (a failed check is logged and tried again at the next). */
  async start(intervalMs = DEFAULT_MIRROR_CHECK_MS): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => {
      this.sync().catch((err: Error) => this.logger?.error({ err }, 'database check failed'));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops checking and closes the store. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.syncing?.catch(() => undefined);
    await this.store.close();
  }

  private async pass(): Promise<void> {
    const versions = await this.store.versions();
    for (const [name, version] of versions) {
      if (!GRAPH_NAME.test(name)) {
        this.logger?.warn({ graph: name }, 'graph not served: its name is not a graph folder name');
        continue;
      }
      if (this.copied.get(name) !== version) await this.copy(name, version);
    }
    for (const name of [...this.copied.keys()]) {
      if (versions.has(name)) continue;
      await rm(join(this.dir, name), { recursive: true, force: true });
      this.copied.delete(name);
      this.texts.delete(name);
    }
  }

  /** Writes one graph's folder: the texts it lacks first, then `graph.json` (atomically). */
  private async copy(name: string, version: string): Promise<void> {
    const started = performance.now();
    const graph = await this.store.exportGraph(name);
    if (!graph) return;
    const folder = join(this.dir, name);
    await mkdir(join(folder, 'articles'), { recursive: true });
    const written = this.texts.get(name) ?? new Map<string, string>();
    this.texts.set(name, written);
    for (const node of graph.nodes) {
      const article = node.attributes as ArticleNode | undefined;
      if (article?.kind !== 'article' || written.get(article.id) === article.sha256) continue;
      const text = await this.store.articleText(name, article.id);
      if (text === undefined || /[/\\]|^\./.test(article.id)) continue;
      await writeFileAtomic(join(folder, 'articles', `${article.id}.txt`), text);
      written.set(article.id, article.sha256);
    }
    await writeFileAtomic(join(folder, 'graph.json'), JSON.stringify(graph));
    this.copied.set(name, version);
    this.logger?.info(
      { graph: name, nodes: graph.nodes.length, ms: Math.round(performance.now() - started) },
      'graph copied from the database',
    );
  }
}
