// Colours and sizes for tools that draw what the file says (Gephi reads GEXF's viz). The palette here
// is also the viewer's (through `@parley/core/palette`), so a graph looks the same everywhere.
// Hex only: sigma's WebGL programs ignore hsl() colours.
import type { ActorType, EdgeAttributes, EdgeType, NodeAttributes, NodeKind } from '../contract/types.js';

/** Colours of actors by type (actors are the nodes analysts look for first, so they get the strong hues). */
export const ACTOR_COLORS: Record<ActorType, string> = {
  person: '#2563eb',
  organization: '#d97706',
  country: '#059669',
  place: '#0d9488',
  group: '#7c3aed',
  media: '#db2777',
  anonymous: '#94a3b8',
};

/** Colours of the node kinds (actors are drawn by type; this is their legend swatch). */
export const KIND_COLORS: Record<NodeKind, string> = {
  actor: '#2563eb',
  statement: '#0891b2',
  proposal: '#e11d48',
  article: '#334155',
};

/** Colours of edges on screen, by type: stance edges are green/red so positions read at a glance. */
export const EDGE_COLORS: Record<EdgeType, string> = {
  said: '#60a5fa',
  reported_by: '#e879f9',
  addressed_to: '#fbbf24',
  mentions: '#94a3b8',
  about: '#fb7185',
  proposes: '#8b5cf6',
  supports: '#10b981',
  rejects: '#ef4444',
  affiliated_with: '#fb923c',
  contains: '#d5dde8',
};

/** Colours of edges in exported files: the same hues as {@link EDGE_COLORS}, one shade lighter. */
export const EXPORT_EDGE_COLORS: Record<EdgeType, string> = {
  said: '#93c5fd',
  reported_by: '#f0abfc',
  addressed_to: '#fcd34d',
  mentions: '#cbd5e1',
  about: '#fda4af',
  proposes: '#a78bfa',
  supports: '#34d399',
  rejects: '#f87171',
  affiliated_with: '#fdba74',
  contains: '#e2e8f0',
};

const FALLBACK_COLOR = '#64748b';

// Loose graphs may carry types the contract does not know: look them up as plain strings.
const colorOf = (table: Record<string, string>, key: string) =>
  (Object.hasOwn(table, key) ? table[key] : undefined) ?? FALLBACK_COLOR;

/** A node's colour: by actor type for actors, by kind for the rest. */
export function nodeColor(attributes: NodeAttributes): string {
  if (attributes.kind === 'actor') return colorOf(ACTOR_COLORS, attributes.type);
  return colorOf(KIND_COLORS, attributes.kind);
}

/** A node's size: actors grow with how often they are mentioned, other kinds are fixed. */
export function nodeSize(attributes: NodeAttributes): number {
  switch (attributes.kind) {
    case 'actor':
      return Math.round((4 + 3 * Math.log2(1 + (attributes.mentions || 0))) * 10) / 10;
    case 'article':
      return 8;
    case 'proposal':
      return 6;
    default:
      return 3;
  }
}

/** An edge's colour in an exported file, by its type. */
export function edgeColor(attributes: EdgeAttributes): string {
  return colorOf(EXPORT_EDGE_COLORS, attributes.type);
}
