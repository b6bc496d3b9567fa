import type { ArticleMeta, Extraction } from '@parley/core';

/** One article to extract, numbered so the answer finds its caller. */
export interface ExtractRequest {
  job: number;
  text: string;
  meta: ArticleMeta;
}

/** The worker's answer: the extraction, or why it failed. */
export type ExtractReply =
  | { job: number; extraction: Extraction; sentences: [number, number][] }
  | { job: number; error: string };

/** An extraction with the article's sentence spans, when they were computed off the event loop. */
export interface ExtractedArticle {
  extraction: Extraction;
  sentences?: [number, number][];
}
