import type { ProposalCategory, Span, Stance } from '../contract/types.js';

/** An actor's position on a proposal; the contract's stance edge types. */
export type { Stance };

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
