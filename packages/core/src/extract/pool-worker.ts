// An extraction worker: runs `extractArticle` (and sentence splitting) off the caller's event loop,
// one job at a time. Started by `ArticleExtractor` from the built file (`dist/extract/pool-worker.js`).
import { parentPort } from 'node:worker_threads';
import { sentenceSpans } from '../text/index.js';
import { extractArticle } from './extract.js';
import type { WorkerReady, WorkerReply, WorkerRequest } from './pool-messages.js';

// the sentences of an extraction without a second parse (tokens and sentence split only)
const spans = (text: string) => sentenceSpans(text) as [number, number][];

// Load the core's models before taking jobs, so a job's deadline measures its own extraction only.
try {
  extractArticle('"We will not wait," the minister said on Monday.', { id: 'warm-up' });
} catch {
  // a real job reports the same failure to its caller
}
parentPort?.postMessage({ ready: true } satisfies WorkerReady);

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (request.kind === 'sentences') reply = { job: request.job, sentences: spans(request.text) };
    else {
      const extraction = extractArticle(request.text, request.meta);
      // The source sentences of the answer: split here, else the server would split on its loop.
      reply = request.sentences
        ? { job: request.job, extraction, sentences: spans(request.text) }
        : { job: request.job, extraction };
    }
  } catch (err) {
    reply = { job: request.job, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
