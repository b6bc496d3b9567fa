import type { ExportJob } from './chunks.js';

/** What the export worker is started with. */
export interface ExportWorkerData extends ExportJob {
  /** The graph.json to export. */
  file: string;
}

/** Worker → server: a piece of the document, the end, or why it failed. */
export type ExportMessage = { chunk: string } | { done: true } | { error: string };

/** Server → worker: one piece was written to the client; the worker may send another. */
export const EXPORT_ACK = 'ack';
