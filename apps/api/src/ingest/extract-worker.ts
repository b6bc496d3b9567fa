// The extraction worker: runs the core's `extractArticle` off the server's event loop. Started by
// `ArticleExtractor` from the built file (`dist/ingest/extract-worker.js`), so it imports the
// built `@parley/core`.
import { parentPort } from 'node:worker_threads';
import { type ArticleMeta, extractArticle, parseText } from '@parley/core';
import type { ExtractReply, ExtractRequest } from './messages.js';

parentPort?.on('message', ({ job, text, meta }: ExtractRequest & { meta: ArticleMeta }) => {
  let reply: ExtractReply;
  try {
    const extraction = extractArticle(text, meta);
    // The source sentences of the answer: parsed here, else the server would parse on its loop.
    const sentences = parseText(text).sentences.map((s): [number, number] => [s.start, s.end]);
    reply = { job, extraction, sentences };
  } catch (err) {
    reply = { job, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
