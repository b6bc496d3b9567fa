import type { Span, Stance } from '../contract/types.js';

/** Where a finding comes from: a statement (or stance) in one article, with the article's date and outlet. */
export interface Evidence {
  /** The statement node key (`statement:<article>:<n>`), when the finding rests on one. */
  statement?: string;
  /** The article id. */
  article: string;
  /** The article's date (ISO 8601), when it has one. */
  date?: string;
  publisher?: string;
  /** The statement's content, or the proposal's evidence sentence. */
  text: string;
  span?: Span;
}

/** The kinds of timeline entry, for enums (the API's schema). */
export const TIMELINE_ENTRY_KINDS = ['statement', 'stance'] as const;

/** The kinds of contradiction, for enums (the API's `kind` filter). */
export const CONTRADICTION_KINDS = [
  'stance_change',
  'disagreement',
] as const satisfies readonly Contradiction['kind'][];

/** One thing an actor said, or one stance they took, in time. */
export interface TimelineEntry extends Evidence {
  kind: (typeof TIMELINE_ENTRY_KINDS)[number];
  /** The actor node key (the speaker, or who took the stance). */
  actor: string;
  stance?: Stance;
  /** The proposal node key of a stance. */
  proposal?: string;
}

/** An actor who took one position on a proposal and later the opposite one. */
export interface StanceChange {
  kind: 'stance_change';
  actor: string;
  proposal: string;
  from: Evidence & { stance: Stance };
  to: Evidence & { stance: Stance };
  score: number;
}

/** Two actors on opposite sides of one proposal. */
export interface Disagreement {
  kind: 'disagreement';
  proposal: string;
  /** The actor for it (proposes or supports) and their evidence. */
  for: { actor: string; evidence: (Evidence & { stance: Stance })[] };
  /** The actor against it (rejects) and their evidence. */
  against: { actor: string; evidence: (Evidence & { stance: Stance })[] };
  score: number;
}

export type Contradiction = StanceChange | Disagreement;

/** One direct quote carried by several articles: every occurrence, first seen first. */
export interface QuoteGroup {
  /** The quote as first seen. */
  text: string;
  /** Its speakers (actor keys) over all occurrences. */
  speakers: string[];
  occurrences: (Evidence & { statement: string })[];
  /** Distinct outlets that carried it (articles without a publisher count by article id). */
  outlets: number;
}
