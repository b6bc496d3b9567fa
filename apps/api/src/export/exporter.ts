import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParleyGraph } from '@parley/core';
import type { Response } from 'express';
import { type ExportJob, exportChunks } from './chunks.js';
import { EXPORT_ACK, type ExportMessage, type ExportWorkerData } from './messages.js';

/** The built worker beside this module (absent when running from source, as under vitest). */
const WORKER_FILE = fileURLToPath(new URL('./export-worker.js', import.meta.url));

/** Exports running at once, at most; more wait their turn (each holds a copy of its graph). */
const MAX_RUNNING = 3;

/**
 * Streams graph exports to clients without holding the event loop: each export runs in its own
 * worker thread (reading the graph file, running the core's writer) and arrives in pieces written
 * as the client takes them; a client that goes away stops its worker at once. At most
 * {@link MAX_RUNNING} run together. Without a built worker (running from source), the writer's
 * chunks are streamed from the loaded graph in-process, as before.
 */
export class GraphExporter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly workerFile: string | undefined = existsSync(WORKER_FILE) ? WORKER_FILE : undefined,
  ) {}

  /** Exports running now (their workers alive). */
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

  private inWorker(res: Response, data: ExportWorkerData): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(this.workerFile as string, { workerData: data });
      let settled = false;
      let done = false;
      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        res.off('close', gone);
        void worker.terminate();
        if (!err) resolve();
        else if (!res.headersSent) reject(err);
        else {
          // Part of the document is out: cut the connection so the client sees it is incomplete.
          res.destroy(err);
          resolve();
        }
      };
      const gone = () => finish();
      res.on('close', gone);
      worker.on('message', (m: ExportMessage) => {
        if ('chunk' in m) res.write(m.chunk, () => worker.postMessage(EXPORT_ACK));
        else if ('done' in m) {
          done = true;
          res.end(() => finish());
        } else finish(new Error(`export failed: ${m.error}`));
      });
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => {
        if (!done) finish(new Error(`export worker exited (${code}) before the end of the document`));
      });
    });
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
