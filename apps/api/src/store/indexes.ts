import type { ActorNode, EdgeAttributes, ParleyGraph, StatementNode } from '@parley/core';
import { StanceSchema } from '@parley/core';
import type { GraphSummary } from '../schemas/views.js';
import { perKind } from '../schemas/views.js';
import { Bm25Index } from '../search/bm25.js';
import { AliasIndex } from './aliases.js';

/** Actor and proposal keys linked to one statement. */
export interface StatementLinks {
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
 * The indexes of one graph, built once when it is loaded: statements in graph order with their
 * links, per-actor / per-proposal / per-article statement lists, stance edges, an alias index and a
 * BM25 index over statement text. The graph must not change afterwards (a new version gets new ones).
 */
export class GraphIndexes {
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
  protected readonly links: StatementLinks[] = [];

  constructor(readonly graph: ParleyGraph) {
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
        return { key, names: [a.label, ...a.aliases], statements: this.bySpeaker.get(key)?.length ?? 0 };
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

  /** Speaker keys of statement number `i`. */
  speakersOf(i: number): string[] {
    return this.links[i]?.speakers ?? [];
  }

  /** Mentioned actor keys of statement number `i`. */
  mentionsOf(i: number): string[] {
    return this.links[i]?.mentions ?? [];
  }
}
