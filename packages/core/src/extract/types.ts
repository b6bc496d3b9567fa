import type { ActorType, ProposalCategory, Span, StatementMode } from '../contract/types.js';

/** What the caller knows about an article besides its text. */
export interface ArticleMeta {
  /** Article id: the file name without `.txt`. */
  id: string;
  title?: string;
  date?: string;
  publisher?: string;
}

/** One entity of one article. `id` is local to the extraction. */
export interface ActorDraft {
  id: string;
  label: string;
  type: ActorType;
  /** Every surface form seen, including the label. */
  aliases: string[];
  title?: string;
  /** Ids of actors this one belongs to ("Russian Foreign Minister Sergey Lavrov" -> Russia). */
  affiliations: string[];
  /** Spans of every mention resolved to this actor. */
  mentionSpans: Span[];
}

/** One attributed statement of one article. Actor references are `ActorDraft.id`s. */
export interface StatementDraft {
  span: Span;
  cueSpan: Span;
  speakerSpan: Span | null;
  text: string;
  cue: string;
  mode: StatementMode;
  sentence: number;
  speakers: string[];
  reportedBy: string[];
  addressedTo: string[];
  mentions: string[];
  /** Spans of the phrases naming the reporters ("three sources familiar with a call", "AFP"), in text order. */
  reporterSpans?: Span[];
  /** Span of the phrase naming the audience ("reporters", "the BBC"), when there is one. */
  addresseeSpan?: Span | null;
  /** The content's pieces when it is discontinuous (an interrupted quote, its frame left out). */
  fragments?: Span[];
  /** How sure the attribution model is of this statement, in [0, 1]. */
  confidence?: number;
}

export type Stance = 'proposes' | 'supports' | 'rejects';

/** One actor's position on a proposal, with its evidence. */
export interface StanceDraft {
  actor: string;
  stance: Stance;
  /** Index into `Extraction.statements` of the evidence statement, when there is one. */
  statement: number | null;
  span: Span;
}

/** An offer, demand, plan or option put forward in the article. */
export interface ProposalDraft {
  label: string;
  category: ProposalCategory;
  /** The evidence sentence. */
  text: string;
  span: Span;
  stances: StanceDraft[];
  /** Indexes into `Extraction.statements` of statements about it. */
  statements: number[];
}

/** Everything extracted from one article; `buildGraph` merges many of these. */
export interface Extraction {
  article: ArticleMeta & { label: string; chars: number; sha256: string };
  actors: ActorDraft[];
  statements: StatementDraft[];
  proposals: ProposalDraft[];
}
