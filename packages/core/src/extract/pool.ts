import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseText } from '../text/index.js';
import { extractArticle } from './extract.js';
import type { ExtractedArticle, WorkerReady, WorkerReply, WorkerRequest } from './pool-messages.js';
import type { ArticleMeta, Extraction } from './types.js';

/** The built worker beside this module (absent when running from source, as under vitest). */
export const POOL_WORKER_FILE = fileURLToPath(new URL('./pool-worker.js', import.meta.url));

/** Default longest time one job may take (ms): 5 MB at the extractor's 10 ms/KB bound, and a margin. */
export const DEFAULT_DEADLINE_MS = 90_000;

/** The default pool size: the machine's cores less one (the caller's own thread), at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A job that did not finish in time; its worker was stopped. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(readonly deadlineMs: number) {
    super(`extraction did not finish within ${Math.round(deadlineMs / 1000)} s and was stopped`);
  }
}

/** A job given up because its caller went away. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

export interface ExtractorOptions {
  /** The built worker file; undefined runs jobs in-process (from source). */
  workerFile?: string;
  /** Workers at most (default: the machine's cores less one, at least one). */
  size?: number;
  /** Longest time one job may run before its worker is stopped (ms); `Infinity` for none (batch builds). */
  deadlineMs?: number;
  /** Whether `extract` also gives the article's sentence spans (default true; a batch build needs none). */
  sentences?: boolean;
}

interface Job {
  request: WorkerRequest;
  resolve: (reply: WorkerReply) => void;
  reject: (err: Error) => void;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded the core and its models: a job's deadline starts after that. */
  ready?: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * A pool of extraction workers, so a long article neither stops a server answering nor makes
 * other ingests wait behind it, and a batch build uses every core: as many workers as asked, by
 * default the machine's cores less one (at least one),
 * started on demand, one job each at a time, the rest queued in order. Every job has a deadline, counted
 * from when a ready worker (core and models loaded) takes it, so a cold start is not charged to it: past
 * it the worker is terminated (which stops the job; a new worker takes its place) and the job
 * fails with {@link DeadlineError}. A job whose `signal` aborts is dropped from the queue, or its
 * worker terminated, and fails with {@link CancelledError}. When no built worker file exists
 * (running from TypeScript source), jobs run in-process instead.
 */
export class ArticleExtractor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextJob = 0;
  private readonly workerFile: string | undefined;
  readonly size: number;
  readonly deadlineMs: number;
  private readonly withSentences: boolean;

  constructor(options: ExtractorOptions | string | undefined = {}) {
    const o = typeof options === 'string' ? { workerFile: options } : options;
    this.workerFile =
      'workerFile' in o ? o.workerFile : existsSync(POOL_WORKER_FILE) ? POOL_WORKER_FILE : undefined;
    this.size = Math.max(1, o.size ?? defaultPoolSize());
    this.deadlineMs = o.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.withSentences = o.sentences ?? true;
  }

  /** True when extraction runs off the event loop. */
  get threaded(): boolean {
    return this.workerFile !== undefined;
  }

  /** Workers running now. */
  get workers(): number {
    return this.slots.length;
  }

  /**
   * The extraction of one article, as `extractArticle(text, meta)` gives it, with its sentence spans
   * when extracted in a worker (and the pool's `sentences` option is not false).
   * @throws DeadlineError past the deadline; CancelledError when `signal` aborts first
   * @example await new ArticleExtractor().extract('Putin said "no".', { id: 'a' })
   */
  async extract(text: string, meta: ArticleMeta, signal?: AbortSignal): Promise<ExtractedArticle> {
    if (!this.workerFile) return { extraction: extractArticle(text, meta) };
    const request = {
      job: this.nextJob++,
      kind: 'extract',
      text,
      meta,
      sentences: this.withSentences,
    } as const;
    const reply = await this.run(request, signal);
    if ('error' in reply) throw new Error(`extraction failed: ${reply.error}`);
    if (!('extraction' in reply)) throw new Error('extraction worker gave no extraction');
    return { extraction: reply.extraction, sentences: reply.sentences };
  }

  /** The sentence spans of a text, split in a worker (in-process from source). */
  async sentences(text: string): Promise<[number, number][]> {
    if (!this.workerFile) return parseText(text).sentences.map((s): [number, number] => [s.start, s.end]);
    const reply = await this.run({ job: this.nextJob++, kind: 'sentences', text });
    if ('error' in reply) throw new Error(`sentence splitting failed: ${reply.error}`);
    if (!reply.sentences) throw new Error('extraction worker gave no sentences');
    return reply.sentences;
  }

  /** Stops every worker; queued and running jobs fail. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new CancelledError('the extractor was closed'));
    await Promise.all(
      [...this.slots].map((slot) => this.stop(slot, new CancelledError('the extractor was closed'))),
    );
  }

  private run(request: WorkerRequest, signal?: AbortSignal): Promise<WorkerReply> {
    return new Promise<WorkerReply>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new CancelledError('the client went away'));
        return;
      }
      const job: Job = { request, resolve, reject, signal };
      signal?.addEventListener('abort', () => this.cancel(job), { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new CancelledError('the client went away'));
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (slot) void this.stop(slot, new CancelledError('the client went away'));
  }

  /** Hands queued jobs to ready idle workers, starting workers up to the pool size. */
  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) {
        this.grow();
        return;
      }
      const job = this.queue.shift() as Job;
      slot.job = job;
      // setTimeout would fire at once for Infinity: no deadline means no timer
      if (Number.isFinite(this.deadlineMs)) {
        slot.timer = setTimeout(
          () => void this.stop(slot as Slot, new DeadlineError(this.deadlineMs)),
          this.deadlineMs,
        );
      }
      slot.worker.postMessage(job.request);
    }
  }

  /** Starts workers for the queued jobs that no starting worker will take, up to the pool size. */
  private grow(): void {
    const starting = this.slots.filter((s) => !s.ready).length;
    for (let wanted = this.queue.length - starting; wanted > 0 && this.slots.length < this.size; wanted--) {
      this.start();
    }
  }

  private start(): Slot {
    const worker = new Worker(this.workerFile as string);
    // Idle, workers must not keep the process alive (tests, shutdown); the server does that.
    worker.unref();
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkerReply | WorkerReady) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.request.job !== reply.job) return;
      this.free(slot);
      job.resolve(reply);
      this.dispatch();
    });
    const died = (err: Error) => {
      if (!this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      // A worker that dies while starting fails the oldest queued job, else a broken worker file
      // would be restarted for ever while the queue waits.
      const job = slot.ready ? slot.job : this.queue.shift();
      this.free(slot);
      job?.reject(err);
      this.dispatch();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`extraction worker exited (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private free(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
  }

  /** Terminates a worker (the only way to stop a running job), failing its job with `err`. */
  private async stop(slot: Slot, err: Error): Promise<void> {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    const job = slot.job;
    this.free(slot);
    job?.reject(err);
    await slot.worker.terminate();
    this.dispatch();
  }
}

/** One article for {@link extractAll}: its text and what is known of it. */
export interface ArticleJob {
  text: string;
  meta: ArticleMeta;
}

/** The extractions of a batch, and how many worker threads ran them (0: in this thread). */
export interface BatchExtraction {
  extractions: Extraction[];
  threads: number;
}

/** Runs one article's extraction, a failure saying which article it was. */
function naming<T>(meta: ArticleMeta, extract: () => T): T {
  const named = (e: unknown) =>
    new Error(`article "${meta.id}": ${e instanceof Error ? e.message : String(e)}`);
  try {
    const result = extract();
    return result instanceof Promise ? (result.catch((e) => Promise.reject(named(e))) as T) : result;
  } catch (e) {
    throw named(e);
  }
}

/**
 * Extracts a batch of articles on `jobs` worker threads (in this thread when `jobs` is 1 or no built
 * worker exists, as from source), without a deadline. The extractions come in the articles' order
 * whatever order the workers finish in, so a graph built from them does not depend on `jobs`.
 * @param onExtracted called after each article (progress bars)
 * @example const { extractions } = await extractAll([{ text, meta: { id: 'a' } }], { jobs: 2 });
 */
export async function extractAll(
  articles: ArticleJob[],
  options: { jobs?: number; onExtracted?: () => void } = {},
): Promise<BatchExtraction> {
  const jobs = options.jobs ?? defaultPoolSize();
  const done = () => options.onExtracted?.();
  if (jobs <= 1 || articles.length <= 1) {
    const extractions = articles.map(({ text, meta }) => {
      const x = naming(meta, () => extractArticle(text, meta));
      done();
      return x;
    });
    return { extractions, threads: 0 };
  }
  const pool = new ArticleExtractor({ size: jobs, sentences: false, deadlineMs: Number.POSITIVE_INFINITY });
  try {
    const extractions = await Promise.all(
      articles.map(async ({ text, meta }) => {
        const { extraction } = await naming(meta, () => pool.extract(text, meta));
        done();
        return extraction;
      }),
    );
    return { extractions, threads: pool.threaded ? Math.min(jobs, articles.length) : 0 };
  } finally {
    await pool.close();
  }
}
