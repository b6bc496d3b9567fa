import type { ArticleMeta, Extraction } from './types.js';

/** One job for an extraction worker, numbered so the answer finds its caller. */
export type WorkerRequest =
  | { job: number; kind: 'extract'; text: string; meta: ArticleMeta; sentences: boolean }
  | { job: number; kind: 'sentences'; text: string };

/** The worker's answer: the extraction, the sentence spans, or why it failed. */
export type WorkerReply =
  | { job: number; extraction: Extraction; sentences?: [number, number][] }
  | { job: number; sentences: [number, number][] }
  | { job: number; error: string };

/** An extraction with the article's sentence spans, when they were computed off the event loop. */
export interface ExtractedArticle {
  extraction: Extraction;
  sentences?: [number, number][];
}

/** Sent once by a worker when it has loaded the core and its models and can take jobs. */
export interface WorkerReady {
  ready: true;
}
