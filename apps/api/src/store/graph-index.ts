import type {
  ActorNode,
  ArticleNode,
  EdgeAttributes,
  NodeAttributes,
  ParleyGraph,
  ProposalNode,
  StatementNode,
} from '@parley/core';
import { articleKey, StanceSchema } from '@parley/core';
import { JsonText } from '../http/json-text.js';
import type {
  ActorRef,
  ActorSummary,
  ArticleRef,
  EdgeView,
  GraphSummary,
  NodeRef,
  ProposalRef,
  ProposalSummary,
  StanceView,
  StatementView,
} from '../schemas/views.js';
import { perKind } from '../schemas/views.js';
import { Bm25Index } from '../search/bm25.js';
import { AliasIndex } from './aliases.js';
import { responseCache } from './response-cache.js';
import type { SentenceSource } from './sentences.js';

/** Actor and proposal keys linked to one statement. */
interface StatementLinks {
  speakers: string[];
  reportedBy: string[];
  addressedTo: string[];
  mentions: string[];
  about: string[];
}

const STANCES = new Set<string>(StanceSchema.options);

/** Appends `value` to the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Everything a query needs, computed once when a graph is loaded: statements in graph order with
 * their links, per-actor / per-proposal / per-article statement lists, stance edges, an alias index
 * and a BM25 index over statement text. The graph must not change afterwards (a new graph version
 * gets a new index).
 */
export class GraphIndex {
  /** Statement keys in graph order; a statement's position here is its number in every list below. */
  readonly statements: string[] = [];
  readonly actors: string[] = [];
  readonly proposals: string[] = [];
  readonly position = new Map<string, number>();
  readonly bySpeaker = new Map<string, number[]>();
  readonly byMention = new Map<string, number[]>();
  readonly byProposal = new Map<string, number[]>();
  readonly byArticle = new Map<string, number[]>();
  readonly stancesOf = new Map<string, string[]>();
  readonly aliases: AliasIndex;
  readonly text: Bm25Index;
  readonly counts: GraphSummary['counts'];
  /** Each statement's speakers as actor numbers (positions in `actors`), in CSR form. */
  readonly speakerStart: Uint32Array;
  readonly speakerActor: Uint32Array;
  private readonly responses = responseCache();
  private readonly links: StatementLinks[] = [];
  private readonly views: (StatementView | undefined)[] = [];
  private actorSummaries: ActorSummary[] | undefined;
  private proposalSummaries: ProposalSummary[] | undefined;

  constructor(
    readonly graph: ParleyGraph,
    private readonly sentences: SentenceSource,
  ) {
    const counts = { ...perKind(() => 0), edges: graph.size };
    graph.forEachNode((key, a) => {
      counts[a.kind]++;
      if (a.kind === 'statement') {
        this.position.set(key, this.statements.length);
        this.statements.push(key);
        this.links.push({ speakers: [], reportedBy: [], addressedTo: [], mentions: [], about: [] });
        push(this.byArticle, a.article, this.statements.length - 1);
      } else if (a.kind === 'actor') this.actors.push(key);
      else if (a.kind === 'proposal') this.proposals.push(key);
    });
    this.counts = counts;
    graph.forEachEdge((key, e, source, target) => this.indexEdge(key, e, source, target));
    this.aliases = new AliasIndex(
      this.actors.map((key) => {
        const a = graph.getNodeAttributes(key) as ActorNode;
        return [key, [a.label, ...a.aliases]];
      }),
    );
    const actorNumber = new Map(this.actors.map((key, n) => [key, n]));
    this.speakerStart = new Uint32Array(this.statements.length + 1);
    this.links.forEach((l, i) => {
      this.speakerStart[i + 1] = (this.speakerStart[i] as number) + l.speakers.length;
    });
    this.speakerActor = Uint32Array.from(
      this.links.flatMap((l) => l.speakers.map((k) => actorNumber.get(k) ?? 0)),
    );
    this.text = new Bm25Index(
      this.statements.map((key) => (graph.getNodeAttributes(key) as StatementNode).text),
    );
  }

  private indexEdge(key: string, e: EdgeAttributes, source: string, target: string): void {
    const from = this.position.get(source);
    const to = this.position.get(target);
    if (e.type === 'said' && to !== undefined) {
      this.links[to]?.speakers.push(source);
      push(this.bySpeaker, source, to);
    } else if (from !== undefined) {
      const links = this.links[from] as StatementLinks;
      if (e.type === 'mentions') {
        links.mentions.push(target);
        push(this.byMention, target, from);
      } else if (e.type === 'reported_by') links.reportedBy.push(target);
      else if (e.type === 'addressed_to') links.addressedTo.push(target);
      else if (e.type === 'about') {
        links.about.push(target);
        push(this.byProposal, target, from);
      }
    } else if (STANCES.has(e.type)) {
      push(this.stancesOf, source, key);
      push(this.stancesOf, target, key);
    }
  }

  /**
   * A response computed once per graph version and kept serialised (the most recently used, up to
   * RESPONSE_CACHE_BYTES): the graph never changes under an index, so neither can the answer.
   */
  async cachedJson(key: string, compute: () => unknown): Promise<JsonText> {
    const known = this.responses.get(key);
    if (known) return known;
    const value = await this.withSentences(compute);
    // A request for the same key may have filled it while the sentences loaded: keep the first.
    const text = this.responses.get(key) ?? new JsonText(JSON.stringify(value));
    this.responses.set(key, text);
    return text;
  }

  /**
   * Computes an answer with the source sentences of its statements: when some were not loaded yet,
   * they are read and split off the event loop, and the answer is computed again.
   */
  async withSentences<T>(compute: () => T): Promise<T> {
    this.sentences.takeMissing();
    const first = compute();
    const wanted = this.sentences.takeMissing();
    if (wanted.length === 0) return first;
    await this.sentences.load(wanted);
    return compute();
  }

  /** Speaker keys of statement number `i`. */
  speakersOf(i: number): string[] {
    return this.links[i]?.speakers ?? [];
  }

  /** Mentioned actor keys of statement number `i`. */
  mentionsOf(i: number): string[] {
    return this.links[i]?.mentions ?? [];
  }

  attributes(key: string): NodeAttributes {
    return this.graph.getNodeAttributes(key);
  }

  actorRef(key: string): ActorRef {
    const a = this.attributes(key) as ActorNode;
    return { key, label: a.label, type: a.type };
  }

  proposalRef(key: string): ProposalRef {
    const p = this.attributes(key) as ProposalNode;
    return { key, label: p.label, category: p.category };
  }

  articleRef(id: string): ArticleRef {
    const key = articleKey(id);
    if (!this.graph.hasNode(key)) return { key, id, label: id };
    const a = this.attributes(key) as ArticleNode;
    return { key, id, label: a.label, date: a.date, publisher: a.publisher, url: a.url };
  }

  nodeRef(key: string): NodeRef {
    const a = this.attributes(key);
    return { key, kind: a.kind, label: a.label };
  }

  edgeView(key: string): EdgeView {
    const e = this.graph.getEdgeAttributes(key);
    return {
      key,
      source: this.graph.source(key),
      target: this.graph.target(key),
      type: e.type,
      article: e.article,
      span: e.span,
      statement: e.statement,
    };
  }

  /**
   * The full view of statement number `i` (built on first use, then reused), with its source
   * sentence when loaded (see {@link withSentences}).
   */
  statement(i: number): StatementView {
    const cached = this.views[i];
    if (cached)
      return { ...cached, sentence: this.sentences.sentence(cached.article.id, cached.sentenceIndex) };
    const key = this.statements[i] as string;
    const s = this.attributes(key) as StatementNode;
    const links = this.links[i] as StatementLinks;
    const actors = (keys: string[]) => keys.map((k) => this.actorRef(k));
    const view: StatementView = {
      key,
      text: s.text,
      cue: s.cue,
      mode: s.mode,
      speakers: actors(links.speakers),
      reportedBy: actors(links.reportedBy),
      addressedTo: actors(links.addressedTo),
      mentions: actors(links.mentions),
      about: links.about.map((k) => this.proposalRef(k)),
      article: this.articleRef(s.article),
      span: s.span,
      cueSpan: s.cueSpan,
      speakerSpan: s.speakerSpan,
      ...(s.fragments ? { fragments: s.fragments } : {}),
      confidence: s.confidence ?? null,
      sentenceIndex: s.sentence,
      sentence: null,
    };
    this.views[i] = view;
    return { ...view, sentence: this.sentences.sentence(s.article, s.sentence) };
  }

  /** The statement view for a statement key, or null. */
  statementByKey(key: string | undefined): StatementView | null {
    const i = key === undefined ? undefined : this.position.get(key);
    return i === undefined ? null : this.statement(i);
  }

  /** An actor with its statement and proposal counts. */
  actorSummary(key: string): ActorSummary {
    const a = this.attributes(key) as ActorNode;
    return {
      ...this.actorRef(key),
      aliases: a.aliases,
      ...(a.title ? { title: a.title } : {}),
      mentions: a.mentions,
      statements: this.bySpeaker.get(key)?.length ?? 0,
      proposals: new Set(this.stancesOf.get(key)?.map((e) => this.graph.target(e))).size,
    };
  }

  /** Every actor's summary, most quoted first (then most mentioned, then graph order); computed once. */
  allActorSummaries(): ActorSummary[] {
    this.actorSummaries ??= this.actors
      .map((key) => this.actorSummary(key))
      .sort((a, b) => b.statements - a.statements || b.mentions - a.mentions);
    return this.actorSummaries;
  }

  /** Every proposal's summary, most debated first (then graph order); computed once. */
  allProposalSummaries(): ProposalSummary[] {
    const weight = (s: ProposalSummary) => s.proposers + s.supporters + s.opponents;
    this.proposalSummaries ??= this.proposals
      .map((key) => this.proposalSummary(key))
      .sort((a, b) => weight(b) - weight(a));
    return this.proposalSummaries;
  }

  /** Stance edges touching an actor or a proposal, with their evidence statements (the first `limit`). */
  stances(key: string, limit = Number.POSITIVE_INFINITY): StanceView[] {
    return (this.stancesOf.get(key) ?? []).slice(0, limit).map((edge) => {
      const e = this.graph.getEdgeAttributes(edge);
      return {
        stance: e.type as StanceView['stance'],
        actor: this.actorRef(this.graph.source(edge)),
        proposal: this.proposalRef(this.graph.target(edge)),
        article: e.article,
        span: e.span,
        evidence: this.statementByKey(e.statement),
      };
    });
  }

  /** A proposal with how many actors proposed, supported and rejected it. */
  proposalSummary(key: string): ProposalSummary {
    const p = this.attributes(key) as ProposalNode;
    const by = { proposes: new Set<string>(), supports: new Set<string>(), rejects: new Set<string>() };
    for (const edge of this.stancesOf.get(key) ?? []) {
      by[this.graph.getEdgeAttribute(edge, 'type') as StanceView['stance']]?.add(this.graph.source(edge));
    }
    return {
      ...this.proposalRef(key),
      text: p.text,
      article: p.article,
      span: p.span,
      proposers: by.proposes.size,
      supporters: by.supports.size,
      opponents: by.rejects.size,
    };
  }
}
