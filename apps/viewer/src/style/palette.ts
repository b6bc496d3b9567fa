import type { ActorType, EdgeType, NodeKind } from '../graph/index.js';

// Hex only: sigma's WebGL programs ignore hsl() colours.

/** Colours of actors by type (actors are the nodes analysts look for first, so they get the strong hues). */
export const ACTOR_COLORS: Record<ActorType, string> = {
  person: '#2563eb',
  organization: '#d97706',
  country: '#059669',
  group: '#7c3aed',
  media: '#db2777',
  anonymous: '#94a3b8',
};

/** Colours of the other node kinds (actors are coloured by type). */
export const KIND_COLORS: Record<NodeKind, string> = {
  actor: '#2563eb',
  statement: '#0891b2',
  proposal: '#e11d48',
  article: '#334155',
};

/** Colours of edges by type: stance edges are green/red so positions read at a glance. */
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

/** Node colour when something else is focused. */
export const DIM_NODE = '#e2e8f0';
/** Edge colour when something else is focused. */
export const DIM_EDGE = '#f1f5f9';
/** The canvas background (also the PNG export's). */
export const BACKGROUND = '#f8fafc';
/** Label text colour. */
export const LABEL_COLOR = '#0f172a';

/** Human words for the legend. */
export const KIND_NAMES: Record<NodeKind, string> = {
  actor: 'Actors',
  statement: 'Statements',
  proposal: 'Proposals',
  article: 'Articles',
};
export const EDGE_NAMES: Record<EdgeType, string> = {
  said: 'said',
  reported_by: 'reported by',
  addressed_to: 'addressed to',
  mentions: 'mentions',
  about: 'about',
  proposes: 'proposes',
  supports: 'supports',
  rejects: 'rejects',
  affiliated_with: 'affiliated with',
  contains: 'contains',
};
