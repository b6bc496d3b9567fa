import type { Extraction, NodeAttributes, SerializedParleyGraph, StatementNode } from '@parley/core';
import type { Engine } from './sql.js';

/** A statement as the store answers it: its node attributes and its speakers' actor keys. */
export interface StoredStatement {
  key: string;
  attributes: StatementNode;
  speakers: string[];
}

/** One page of an answer, with the full count. */
export interface StorePage<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** A date range and order, as the API takes them (`date` oldest first, `-date` newest first). */
export interface DateFilter {
  since?: string;
  until?: string;
  sort?: string;
}

/**
 * The statement filters of `GET .../statements`; each given filter narrows the answer. Actors are
 * actor keys or names: a name stands for every actor having it as an alias (case, accents and
 * punctuation ignored; fuzzy matching stays the API's).
 */
export interface StatementFilter extends DateFilter {
  speaker?: string | string[];
  mentions?: string | string[];
  article?: string;
  cue?: string;
  mode?: string;
  /** Words the statement must all contain (the search terms of `terms`). */
  q?: string;
  limit?: number;
  offset?: number;
}

/** `GET .../who-said`: statements ranked by relevance to `q`, and their speakers by summed relevance. */
export interface WhoSaidQuery extends DateFilter {
  q: string;
  limit?: number;
  offset?: number;
}

export interface WhoSaidAnswer extends StorePage<StoredStatement & { score: number }> {
  query: string;
  /**
   * The 20 best speakers of the best `speakersOver` matches: summed score and how many of those
   * matches each said (all matches when there are at most `SPEAKER_MATCHES`, 1,000).
   */
  speakers: { actor: string; statements: number; score: number }[];
  /** How many of the best matches the speakers were counted over. */
  speakersOver: number;
}

/** An actor's profile figures, as the API's profile shows them. */
export interface ActorProfileCounts {
  key: string;
  attributes: NodeAttributes;
  /** Statements the actor said. */
  statements: number;
  /** Statements mentioning the actor that the actor did not say. */
  saidAbout: number;
  /** Stance edges of the actor, and the distinct proposals they touch. */
  stances: number;
  proposals: number;
  affiliations: string[];
  members: string[];
}

/** How `importGraph` stores a graph. */
export interface ImportOptions {
  /** Drop a graph of the same name first (else its existence is a {@link GraphExistsError}). */
  replace?: boolean;
  /** Article texts by article id, each the exact text its article was extracted from. */
  texts?: ReadonlyMap<string, string>;
}

/** What `importGraph` stored. */
export interface ImportResult {
  articles: number;
  nodes: number;
  edges: number;
  /** Article texts stored. */
  texts: number;
  /** True when a graph of that name was dropped for it. */
  replaced: boolean;
}

/** What `addExtraction` stored. */
export interface IngestResult {
  article: string;
  /** Actors created and actors the article merged into. */
  actorsCreated: number;
  actorsMerged: number;
  nodes: number;
  edges: number;
}

/**
 * A graph store on a database: many named graphs as rows, written one article at a time and
 * queried without holding a graph in memory. Implemented on SQLite and on PostgreSQL.
 */
export interface CorpusStore {
  readonly engine: Engine;
  /** Names of the stored graphs, sorted. */
  graphs(): Promise<string[]>;
  /**
   * Every stored graph's version by name: a value that changes whenever the graph does (an article
   * added, the graph imported or replaced), so a reader can tell its copy is stale with one query.
   */
  versions(): Promise<Map<string, string>>;
  /**
   * Stores a whole `graph.json` (validated against the contract) as a new graph, with its articles'
   * texts when given: the migration path. With `replace`, a graph of that name is dropped first, in
   * the same transaction (readers see the old graph or the new one, never a mix).
   * @throws GraphExistsError when a graph of that name exists and `replace` is not set
   * @throws Error when a text is for no article of the graph, or is not the text it was built from (sha256)
   */
  importGraph(name: string, graph: unknown, options?: ImportOptions): Promise<ImportResult>;
  /** The stored text of an article (by article id); undefined when the graph or the text is absent. */
  articleText(name: string, article: string): Promise<string | undefined>;
  /** The graph as the contract's graphology JSON, identical to what was imported and added; undefined when unknown. */
  exportGraph(name: string): Promise<SerializedParleyGraph | undefined>;
  /**
   * Stores one article's extraction in one transaction, merging its actors and proposals into the
   * graph's (created when missing) by indexed keys, as the core merges them.
   * @throws DuplicateArticleError when the graph holds the article id or the same text (sha256)
   */
  addExtraction(name: string, extraction: Extraction, options?: { text?: string }): Promise<IngestResult>;
  statements(name: string, filter?: StatementFilter): Promise<StorePage<StoredStatement>>;
  whoSaid(name: string, query: WhoSaidQuery): Promise<WhoSaidAnswer>;
  /** An actor's profile figures; undefined when the graph has no such actor. */
  actorProfile(name: string, actor: string): Promise<ActorProfileCounts | undefined>;
  close(): Promise<void>;
}

/** An article the graph already holds (same id, or same text). */
export class DuplicateArticleError extends Error {
  constructor(
    message: string,
    readonly existing: string,
  ) {
    super(message);
    this.name = 'DuplicateArticleError';
  }
}

/** A graph name the store holds already, where a new graph was to be stored. */
export class GraphExistsError extends Error {
  constructor(readonly graph: string) {
    super(`a graph named "${graph}" is stored already`);
    this.name = 'GraphExistsError';
  }
}
