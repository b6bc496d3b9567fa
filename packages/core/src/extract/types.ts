/** The pipeline's types: what goes into an extraction and what comes out, made of each stage's drafts. */
import type { StatementDraft } from '../attribution/types.js';
import type { ProposalDraft } from '../proposals/types.js';
import type { ActorDraft } from '../resolve/types.js';

export type { StatementDraft } from '../attribution/types.js';
export type { ProposalDraft, Stance, StanceDraft } from '../proposals/types.js';
export type { ActorDraft } from '../resolve/types.js';

/** What the caller knows about an article besides its text. */
export interface ArticleMeta {
  /** Article id: the file name without its extension, a corpus record's id, or `articleId`. */
  id: string;
  title?: string;
  /** ISO 8601: `YYYY-MM-DD`, or a date and time with a zone. */
  date?: string;
  publisher?: string;
  /** Where the article was published (http or https). */
  url?: string;
}

/** Everything extracted from one article; `buildGraph` merges many of these. */
export interface Extraction {
  article: ArticleMeta & { label: string; chars: number; sha256: string };
  actors: ActorDraft[];
  statements: StatementDraft[];
  proposals: ProposalDraft[];
}
