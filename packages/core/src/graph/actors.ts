import type { ActorNode } from '../contract/types.js';
import type { ActorDraft } from '../extract/types.js';
import { nameKey, slugify } from './keys.js';
import type { ParleyGraph } from './types.js';

/**
 * Finds actors across articles: an article's actor joins an existing node when its label or any
 * of its multi-word aliases is already known under the same name; single-word aliases only
 * match when the label does too, so "Paul" of one article is not "Paul Ryan" of another.
 */
export class ActorIndex {
  private readonly byName = new Map<string, string>();

  /** Indexes the actors already in the graph, so new articles merge into them. */
  constructor(private readonly graph: ParleyGraph) {
    graph.forEachNode((key, a) => {
      if (a.kind === 'actor') this.remember(key, a.label, a.aliases);
    });
  }

  /** Adds or merges the actor into the graph and returns its node key. */
  upsert(draft: ActorDraft): string {
    const key = this.find(draft) ?? this.create(draft);
    const node = this.graph.getNodeAttributes(key) as ActorNode;
    const aliases = new Set([...node.aliases, ...draft.aliases, draft.label]);
    this.graph.mergeNodeAttributes(key, {
      aliases: [...aliases],
      mentions: node.mentions + draft.mentionSpans.length,
      ...(node.title || !draft.title ? {} : { title: draft.title }),
    });
    this.remember(key, draft.label, draft.aliases);
    return key;
  }

  private remember(key: string, label: string, aliases: string[]): void {
    for (const name of [label, ...aliases]) {
      if (name.includes(' ') || name === label) this.byName.set(nameKey(name), key);
    }
  }

  private find(draft: ActorDraft): string | undefined {
    const names = [draft.label, ...draft.aliases.filter((a) => a.includes(' '))];
    for (const name of names) {
      const key = this.byName.get(nameKey(name));
      if (key) return key;
    }
    return undefined;
  }

  private create(draft: ActorDraft): string {
    const base = `actor:${slugify(draft.label)}`;
    let key = base;
    for (let n = 2; this.graph.hasNode(key); n++) key = `${base}-${n}`;
    this.graph.addNode(key, {
      kind: 'actor',
      label: draft.label,
      aliases: [],
      type: draft.type,
      mentions: 0,
    });
    return key;
  }
}
