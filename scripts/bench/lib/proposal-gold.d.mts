import type { z } from 'zod';

type Span = [number, number];
type StanceType = 'proposes' | 'supports' | 'rejects';

/** The repository root. */
export const repoRoot: string;
/** Where each split's fixtures live. */
export const SPLITS: { fit: string; heldout: string; seed: string };
/** Issue 15's targets on the heldout split (shares, 0-1). */
export const TARGETS: { found: number; rightStance: number; labelPrecision: number; spuriousMax: number };
/** The contract's categories plus the ones issue 15 adds. */
export const GOLD_CATEGORIES: string[];

export const GoldStanceSchema: z.ZodType<GoldStance>;
export const GoldProposalSchema: z.ZodType<GoldProposal>;
export const GoldFixtureSchema: z.ZodType<GoldFixture>;
export const SeedFixtureSchema: z.ZodType;

export interface GoldStance {
  actor: string;
  stance: StanceType;
  span: Span;
  reportedBy?: string;
}
export interface GoldProposal {
  id: string;
  label: string;
  accept: string[];
  category: string;
  mentions: Span[];
  stances: GoldStance[];
}
/** One fixture file of the fit / heldout splits. */
export interface GoldFixture {
  article: string;
  path: string;
  sha256: string;
  note?: string;
  proposals: GoldProposal[];
}

/** A gold article ready for scoring. */
export interface GoldArticle {
  article: string;
  /** The fixture file. */
  source: string;
  /** The article's text file. */
  file: string;
  text: string;
  proposals: {
    id: string;
    label: string;
    category: string;
    accept: RegExp[] | null;
    mentions: Span[];
    stances: { actor: RegExp; stance: StanceType; span: Span; reportedBy: RegExp | null; ifActor: boolean }[];
  }[];
}

export interface Counts {
  goldProposals: number;
  found: number;
  goldStances: number;
  rightStance: number;
  parleyProposals: number;
  matched: number;
  labelOk: number;
  categoryOk: number;
  spurious: number;
  duplicates: number;
  parleyStances: number;
  stancesMatched: number;
  reportedByGold: number;
  reportedByRight: number;
}
export interface Shares {
  found: number | null;
  rightStance: number | null;
  labelPrecision: number | null;
  spurious: number | null;
  categoryAgreement: number | null;
  stancePrecision: number | null;
  reportedBy: number | null;
}
export interface ArticleScore {
  article: string;
  counts: Counts;
  shares: Shares;
  details: unknown;
}
export interface Score {
  articles: ArticleScore[];
  overall: { counts: Counts; shares: Shares };
}

/** A fixture that does not fit its schema or its text. */
export class GoldError extends Error {}

/** Checks a parsed gold fixture against its article's text. @throws GoldError */
export function checkFixture(fixture: GoldFixture, text: string, where?: string): void;
/** Reads and checks one gold fixture file. @throws GoldError */
export function readGoldFixture(file: string): GoldArticle;
/** Whether a split's fixtures and texts are present. */
export function splitAvailable(split: string): boolean;
/** Every gold article of a split, checked against its text. @throws GoldError */
export function loadGold(split: string): GoldArticle[];
/** Scores a Parley graph (graph.json, parsed) against gold articles. */
export function scoreGraph(golds: GoldArticle[], graph: unknown, keyOf?: (label: string) => string): Score;
/** Human-readable reasons behind one article's figures. */
export function explainArticle(scored: ArticleScore): string[];
