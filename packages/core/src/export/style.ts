// Colours and sizes for tools that draw what the file says (Gephi reads GEXF's viz). The palette is
// the viewer's (apps/viewer/src/style/palette.ts), so a graph looks the same everywhere.
import type { EdgeAttributes, NodeAttributes } from '../contract/types.js';

const ACTOR_COLORS: Record<string, string> = {
  person: '#2563eb',
  organization: '#d97706',
  country: '#059669',
  group: '#7c3aed',
  media: '#db2777',
  anonymous: '#94a3b8',
};

const KIND_COLORS: Record<string, string> = {
  actor: '#2563eb',
  statement: '#0891b2',
  proposal: '#e11d48',
  article: '#334155',
};

const EDGE_COLORS: Record<string, string> = {
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

/** A node's colour: by actor type for actors, by kind for the rest. */
export function nodeColor(attributes: NodeAttributes): string {
  if (attributes.kind === 'actor') return ACTOR_COLORS[attributes.type] ?? FALLBACK_COLOR;
  return KIND_COLORS[attributes.kind] ?? FALLBACK_COLOR;
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

/** An edge's colour, by its type. */
export function edgeColor(attributes: EdgeAttributes): string {
  return EDGE_COLORS[attributes.type] ?? FALLBACK_COLOR;
}
