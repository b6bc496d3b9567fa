// One export, off the server's event loop: reads the graph file, runs the core's writer and sends
// the document in pieces, at most a few ahead of what the client has taken (the server acks each
// piece once written), so a slow client holds little memory. Started by `GraphExporter` from the
// built file; terminated by it when the client goes away.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { graphFromTrustedJson } from '@parley/core';
import { exportChunks, rechunk } from './chunks.js';
import { EXPORT_ACK, type ExportMessage, type ExportWorkerData } from './messages.js';

/** Pieces sent but not yet written to the client, at most. */
const AHEAD = 4;

const data = workerData as ExportWorkerData;
const port = parentPort;
let unacked = 0;
let wake: (() => void) | undefined;
port?.on('message', (m: unknown) => {
  if (m !== EXPORT_ACK) return;
  unacked--;
  wake?.();
});

const send = (message: ExportMessage) => port?.postMessage(message);

async function run(): Promise<void> {
  // The store validated this file against the contract when it loaded it, and only our own
  // atomic writes of valid graphs replace it: import it as it is.
  const graph = graphFromTrustedJson(JSON.parse(await readFile(data.file, 'utf8')));
  for (const chunk of rechunk(exportChunks(graph, data))) {
    while (unacked >= AHEAD) await new Promise<void>((resolve) => (wake = resolve));
    unacked++;
    send({ chunk });
  }
  send({ done: true });
}

run().then(
  () => port?.close(),
  (err: unknown) => {
    send({ error: err instanceof Error ? err.message : String(err) });
    port?.close();
  },
);
