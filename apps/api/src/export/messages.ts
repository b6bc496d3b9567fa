import type { ExportJob } from './chunks.js';

/** One export asked of the export worker. */
export interface ExportRequest extends ExportJob {
  /** The graph.json to export. */
  file: string;
}

/**
 * Server → worker: start export `id`; piece of `id` written to the client (the worker may send
 * another); or the client of `id` went away (stop it).
 */
export type ExportCommand = { start: ExportRequest; id: number } | { ack: number } | { cancel: number };

/**
 * Worker → server, about export `id`: a piece of the document (UTF-8 bytes, transferred, so the
 * server's heap never holds the document's text), the end, or why it failed.
 */
export type ExportMessage = { id: number } & ({ bytes: Uint8Array } | { done: true } | { error: string });
