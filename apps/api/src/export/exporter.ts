import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParleyGraph } from '@parley/core';
import type { Response } from 'express';
import { type ExportJob, exportChunks } from './chunks.js';
import type { ExportCommand, ExportMessage, ExportRequest } from './messages.js';

/** The built worker beside this module (absent when running from source, as under vitest). */
const WORKER_FILE = fileURLToPath(new URL('./export-worker.js', import.meta.url));

/** Exports running at once, at most; more wait their turn. */
const MAX_RUNNING = 3;
/** How long the worker (and the graph it parsed) is kept once no export runs (ms). */
const IDLE_MS = 15_000;

/** One export in the worker, as the server sees it. */
interface Download {
  res: Response;
  /** Ends the download: sent, client gone, or failed. */
  finish: (err?: Error) => void;
}

/**
 * Streams graph exports to clients without holding the event loop: the exports run in one worker
 * thread (reading the graph file once per version, running the core's writer; exports take turns
 * piece by piece) and arrive in pieces written as each client takes them; a client that goes away
 * stops its export at once. One worker rather than one per export: the server holds one parsed copy
 * of the graph, and the exports take one core from the event loop, not one each. At most
 * {@link MAX_RUNNING} run together. Without a built worker (running from source), the writer's
 * chunks are streamed from the loaded graph in-process.
 */
export class GraphExporter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private worker: Worker | undefined;
  private readonly downloads = new Map<number, Download>();
  private nextId = 1;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly workerFile: string | undefined = existsSync(WORKER_FILE) ? WORKER_FILE : undefined,
  ) {}

  /** Exports running now. */
  get active(): number {
    return this.running;
  }

  /**
   * Sends the export of `graph` (whose file is `file`) to `res`, headers already set.
   * Resolves when the document is sent or the client has gone.
   */
  async send(res: Response, graph: ParleyGraph, file: string, job: ExportJob): Promise<void> {
    if (!this.workerFile) return inProcess(res, exportChunks(graph, job));
    await this.turn(res);
    try {
      if (!res.destroyed) await this.inWorker(res, { ...job, file });
    } finally {
      this.running--;
      this.waiting.shift()?.();
      if (this.running === 0) this.stopWhenIdle();
    }
  }

  /** Waits for a free slot. */
  private async turn(res: Response): Promise<void> {
    if (this.running < MAX_RUNNING) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      res.once('close', () => {
        const at = this.waiting.indexOf(resolve);
        if (at >= 0) this.waiting.splice(at, 1);
        // a slot handed over after the client left is passed on at once by send()'s finally
        resolve();
      });
    });
    this.running++;
  }

  private inWorker(res: Response, request: ExportRequest): Promise<void> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        res.off('close', gone);
        this.downloads.delete(id);
        if (!err) resolve();
        else if (!res.headersSent) reject(err);
        else {
          // Part of the document is out: cut the connection so the client sees it is incomplete.
          res.destroy(err);
          resolve();
        }
      };
      const gone = () => {
        this.command({ cancel: id });
        finish();
      };
      res.on('close', gone);
      this.downloads.set(id, { res, finish });
      this.command({ start: request, id }, worker);
    });
  }

  /** The worker, started if there is none. */
  private ensureWorker(): Worker {
    clearTimeout(this.idle);
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile as string);
    worker.unref(); // downloads in flight keep the process alive through their sockets
    worker.on('message', (m: ExportMessage) => this.received(m));
    const lost = (why: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const download of [...this.downloads.values()]) download.finish(why);
    };
    worker.on('error', lost);
    worker.on('exit', (code) =>
      lost(new Error(`export worker exited (${code}) before the end of the document`)),
    );
    this.worker = worker;
    return worker;
  }

  private received(m: ExportMessage): void {
    const download = this.downloads.get(m.id);
    if (!download) return; // its client has gone
    if ('bytes' in m) download.res.write(m.bytes, () => this.command({ ack: m.id }));
    else if ('done' in m) download.res.end(() => download.finish());
    else download.finish(new Error(`export failed: ${m.error}`));
  }

  private command(c: ExportCommand, worker = this.worker): void {
    worker?.postMessage(c);
  }

  /** Ends the worker, and frees the graph it parsed, when no export has started for a while. */
  private stopWhenIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }
}

/** Streams chunks to the response, respecting back-pressure. */
async function inProcess(res: Response, parts: Iterable<string>): Promise<void> {
  try {
    await pipeline(Readable.from(parts, { objectMode: false }), res);
  } catch (err) {
    // A client that hangs up mid-download is not a server error.
    if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  }
}
