import { fold } from '@parley/core/normalize';
import { HttpError } from '../http/problem.js';
import type { GraphIndex } from '../store/graph-index.js';

/** Actor keys for a name: an actor key itself, else every actor answering to it as an alias. */
export function actorsNamed(index: GraphIndex, name: string): string[] {
  if (name.startsWith('actor:') && index.graph.hasNode(name)) return [name];
  return index.aliases.find(name);
}

/** Proposal keys for a key or the words of a label. */
export function proposalsNamed(index: GraphIndex, name: string): string[] {
  if (name.startsWith('proposal:') && index.graph.hasNode(name)) return [name];
  const words = fold(name).split(/\s+/);
  return index.proposals.filter((key) => {
    const label = fold(index.attributes(key).label);
    return words.every((w) => label.includes(w));
  });
}

/**
 * The key of a node of `kind` given as a full key, a bare slug, or (for actors) a name only one
 * actor answers to.
 * @throws HttpError 404 when the graph has no such node, naming close candidates
 */
export function nodeOfKind(index: GraphIndex, kind: 'actor' | 'proposal', id: string): string {
  const key = id.startsWith(`${kind}:`) ? id : `${kind}:${id}`;
  if (index.graph.hasNode(key) && index.attributes(key).kind === kind) return key;
  const named = kind === 'actor' ? actorsNamed(index, id.replace(/^actor:/, '').replace(/-/g, ' ')) : [];
  if (named.length === 1) return named[0] as string;
  const hint = named.length ? `; did you mean ${named.slice(0, 5).join(', ')}?` : '';
  throw new HttpError(404, `unknown-${kind}`, `graph has no ${kind} "${id}"${hint}`);
}

/**
 * The node's key, checked.
 * @throws HttpError 404 naming the parameter when the graph has no such node
 */
export function existingNode(index: GraphIndex, key: string, parameter = 'id'): string {
  if (index.graph.hasNode(key)) return key;
  throw new HttpError(404, 'unknown-node', `${parameter}: graph has no node "${key}"`);
}
