// The exports, off the server's event loop: one worker thread for every export running, so the
// server holds one parsed copy of a graph however many downloads of it run (and they take one core
// from the event loop, not one each). Each export reads the graph (parsed once per version of its
// file), runs the core's writer and sends the document in pieces, at most a few ahead of what its
// client has taken (the server acks each piece once written); exports take turns piece by piece.
// Started by `GraphExporter` from the built file; an export is stopped when its client goes away.
import { readFile, stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { graphFromTrustedJson, type ParleyGraph } from '@parley/core';
import { exportChunks, rechunk } from './chunks.js';
import type { ExportCommand, ExportMessage, ExportRequest } from './messages.js';

/** Pieces of one export sent but not yet written to its client, at most. */
const AHEAD = 4;
/** Graph versions kept parsed, at most (the most recently asked for). */
const KEPT_GRAPHS = 2;

interface Running {
  unacked: number;
  cancelled: boolean;
  wake?: () => void;
}

const port = parentPort;
const running = new Map<number, Running>();
const graphs = new Map<string, Promise<ParleyGraph>>();
const encoder = new TextEncoder();

/** The graph of a file as it is now, parsed once per version (path, mtime and size). */
async function graphOf(file: string): Promise<ParleyGraph> {
  const info = await stat(file);
  const key = `${file}\n${info.mtimeMs}\n${info.size}`;
  let graph = graphs.get(key);
  if (!graph) {
    // The store validated this file against the contract when it loaded it, and only our own
    // atomic writes of valid graphs replace it: import it as it is.
    graph = readFile(file, 'utf8').then((text) => graphFromTrustedJson(JSON.parse(text)));
    graphs.set(key, graph);
    graph.catch(() => graphs.delete(key));
    while (graphs.size > KEPT_GRAPHS) graphs.delete(graphs.keys().next().value as string);
  }
  return graph;
}

const post = (message: ExportMessage, transfer?: ArrayBuffer[]) => port?.postMessage(message, transfer);
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function run(id: number, request: ExportRequest, job: Running): Promise<void> {
  const graph = await graphOf(request.file);
  for (const chunk of rechunk(exportChunks(graph, request))) {
    while (job.unacked >= AHEAD && !job.cancelled) await new Promise<void>((r) => (job.wake = r));
    if (job.cancelled) return;
    job.unacked++;
    const bytes = encoder.encode(chunk);
    post({ id, bytes }, [bytes.buffer as ArrayBuffer]);
    await yieldTurn(); // let the other exports (and acks) have their turn
  }
  post({ id, done: true });
}

function start(id: number, request: ExportRequest): void {
  const job: Running = { unacked: 0, cancelled: false };
  running.set(id, job);
  run(id, request, job)
    .catch((err: unknown) => post({ id, error: err instanceof Error ? err.message : String(err) }))
    .finally(() => running.delete(id));
}

port?.on('message', (m: ExportCommand) => {
  if ('start' in m) return start(m.id, m.start);
  const job = running.get('ack' in m ? m.ack : m.cancel);
  if (!job) return;
  if ('ack' in m) job.unacked--;
  else job.cancelled = true;
  job.wake?.();
});
