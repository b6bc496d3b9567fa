import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ArticleMeta, extractArticle } from '@parley/core';
import type { ExtractedArticle, ExtractReply, ExtractRequest } from './messages.js';

/** The built worker beside this module (absent when running from source, as under vitest). */
const WORKER_FILE = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

interface Pending {
  resolve: (x: ExtractedArticle) => void;
  reject: (err: Error) => void;
}

/**
 * Extracts articles in one worker thread so a long article does not stop the server answering
 * (extraction is CPU-bound: a 256 KB article takes seconds). Jobs queue in the worker in order. A
 * worker that dies fails its jobs and is replaced on the next call. When no built worker file exists
 * (running from TypeScript source), extraction runs in-process instead.
 */
export class ArticleExtractor {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextJob = 0;

  constructor(
    private readonly workerFile: string | undefined = existsSync(WORKER_FILE) ? WORKER_FILE : undefined,
  ) {}

  /** True when extraction runs off the event loop. */
  get threaded(): boolean {
    return this.workerFile !== undefined;
  }

  /**
   * The extraction of one article, as `extractArticle(text, meta)` gives it, with its sentence spans
   * when extracted in the worker.
   * @example await new ArticleExtractor().extract('Putin said "no".', { id: 'a' })
   */
  extract(text: string, meta: ArticleMeta): Promise<ExtractedArticle> {
    if (!this.workerFile) return Promise.resolve().then(() => ({ extraction: extractArticle(text, meta) }));
    const job = this.nextJob++;
    return new Promise<ExtractedArticle>((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      this.ensureWorker().postMessage({ job, text, meta } satisfies ExtractRequest);
    });
  }

  /** Stops the worker; jobs in flight fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile as string);
    // Idle, the worker must not keep the process alive (tests, shutdown); the server does that.
    worker.unref();
    worker.on('message', (reply: ExtractReply) => this.settle(reply));
    worker.on('error', (err) => this.failAll(worker, err));
    worker.on('exit', (code) => this.failAll(worker, new Error(`extraction worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: ExtractReply): void {
    const pending = this.pending.get(reply.job);
    if (!pending) return;
    this.pending.delete(reply.job);
    if ('error' in reply) pending.reject(new Error(`extraction failed: ${reply.error}`));
    else pending.resolve({ extraction: reply.extraction, sentences: reply.sentences });
  }

  private failAll(worker: Worker, err: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
  }
}
