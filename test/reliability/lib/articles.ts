// Short, distinct news-style articles for ingest tests: the benchmarks' generator, so the
// reliability tests and the soak benchmark post the same kind of text.
export { testArticle } from '../../../scripts/bench/lib/articles.mjs';
