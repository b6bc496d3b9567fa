export { extractArticle } from './extract.js';
export {
  ArticleExtractor,
  type ArticleJob,
  type BatchExtraction,
  CancelledError,
  DEFAULT_DEADLINE_MS,
  DeadlineError,
  defaultPoolSize,
  type ExtractorOptions,
  extractAll,
  POOL_WORKER_FILE,
} from './pool.js';
export type { ExtractedArticle } from './pool-messages.js';
export type {
  ActorDraft,
  ArticleMeta,
  Extraction,
  ProposalDraft,
  Stance,
  StanceDraft,
  StatementDraft,
} from './types.js';
export { EXTRACTOR_VERSION } from './version.js';
