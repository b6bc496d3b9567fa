import type { ExportJob } from './chunks.js';

/** What the export worker is started with. */
export interface ExportWorkerData extends ExportJob {
  /** The graph.json to export. */
  file: string;
}

/**
 * Worker → server: a piece of the document (UTF-8 bytes, transferred, so the server's heap never
 * holds the document's text), the end, or why it failed.
 */
export type ExportMessage = { bytes: Uint8Array } | { done: true } | { error: string };

/** Server → worker: one piece was written to the client; the worker may send another. */
export const EXPORT_ACK = 'ack';
