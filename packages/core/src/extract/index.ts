export { extractArticle } from './extract.js';
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
