import type {
  ActorNode,
  ArticleNode,
  NodeAttributes,
  ParleyGraph,
  ProposalNode,
  StatementNode,
} from '@parley/core';
import { articleKey } from '@parley/core';
import type {
  ActorRef,
  ActorSummary,
  ArticleRef,
  EdgeView,
  NodeRef,
  ProposalRef,
  ProposalSummary,
  StanceView,
  StatementView,
} from '../schemas/views.js';
import { GraphIndexes, type StatementLinks } from './indexes.js';
import type { SentenceSource } from './sentences.js';

/**
 * The response views of one graph (references, statement views, summaries, stances), built from
 * its indexes on first use and reused; statement views carry their source sentence when loaded.
 */
export class GraphViews extends GraphIndexes {
  private readonly views: (StatementView | undefined)[] = [];
  private actorSummaries: ActorSummary[] | undefined;
  private proposalSummaries: ProposalSummary[] | undefined;

  constructor(
    graph: ParleyGraph,
    protected readonly sentences: SentenceSource,
  ) {
    super(graph);
  }

  /** A node's contract attributes. */
  attributes(key: string): NodeAttributes {
    return this.graph.getNodeAttributes(key);
  }

  /** An actor as responses refer to it: key, label, type. */
  actorRef(key: string): ActorRef {
    const a = this.attributes(key) as ActorNode;
    return { key, label: a.label, type: a.type };
  }

  /** A proposal as responses refer to it: key, label, category. */
  proposalRef(key: string): ProposalRef {
    const p = this.attributes(key) as ProposalNode;
    return { key, label: p.label, category: p.category };
  }

  /** An article as responses refer to it, by article id (just the id when the graph lacks the node). */
  articleRef(id: string): ArticleRef {
    const key = articleKey(id);
    if (!this.graph.hasNode(key)) return { key, id, label: id };
    const a = this.attributes(key) as ArticleNode;
    return { key, id, label: a.label, date: a.date, publisher: a.publisher, url: a.url };
  }

  /** Any node as responses refer to it: key, kind, label. */
  nodeRef(key: string): NodeRef {
    const a = this.attributes(key);
    return { key, kind: a.kind, label: a.label };
  }

  /** An edge with its ends and contract attributes. */
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
